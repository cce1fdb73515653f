package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("The annual summary of contracting activity the Provider Selection Regime requires the ICB to publish (reg 25).")
public record ContractingSummary(
        @Required @Doc("The financial year summarised, written 2025/26.") String financialYear,
        @Doc("The date the summary was published.") LocalDate publishedOn,
        @Doc("Where the summary is published.") String url,
        Span at) {
}
