package org.icsdocs.core.model;

import java.util.List;

@Doc("Contract award decisions for health care services and the published annual summaries (Provider Selection Regime).")
public record Procurement(
        List<ContractAward> awards,
        List<ContractingSummary> annualSummaries,
        Span at) {

    public Procurement {
        awards = awards == null ? List.of() : List.copyOf(awards);
        annualSummaries = annualSummaries == null ? List.of() : List.copyOf(annualSummaries);
    }
}
