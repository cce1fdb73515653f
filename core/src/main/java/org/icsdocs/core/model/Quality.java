package org.icsdocs.core.model;

@Doc("Quality governance (CTE-006).")
public record Quality(
        @Doc("The System Quality Group the ICB leads.") Arrangement systemQualityGroup,
        @Ref(RefKind.PERSON) @Doc("Who leads it for the ICB.") String lead,
        Span at) {
}
