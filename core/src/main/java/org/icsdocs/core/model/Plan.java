package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("A plan or report the ICB must prepare each financial year: the joint forward plan (s14Z52), the joint capital resource use plan (s14Z56) or the annual report (s14Z58).")
public record Plan(
        @Required @Doc("Which plan or report it is.") PlanKind kind,
        @Required @Doc("The financial year it is for, written 2026/27 (for an annual report: the year it reports on).") String financialYear,
        @Required @Doc("Title as published.") String title,
        @Doc("The day it was agreed: for a joint plan, by the ICB and its partner trusts.") LocalDate agreedOn,
        @Doc("The day it was published.") LocalDate publishedOn,
        @Doc("Where it is published.") String url,
        @Doc("Joint forward plan: which of the contents s14Z52(2) requires it sets out.") List<PlanContent> contents,
        @Ref(RefKind.ORGANISATION) @Doc("Joint plans: the partner NHS trusts and foundation trusts that prepared it with the ICB.") List<String> preparedWith,
        @Doc("True where dates or details are illustrative rather than sourced.") Boolean illustrative,
        Span at) {

    public Plan {
        contents = contents == null ? List.of() : List.copyOf(contents);
        preparedWith = preparedWith == null ? List.of() : List.copyOf(preparedWith);
    }
}
