package org.icsdocs.core.model;

@Doc("Digital and data (DIG-001).")
public record Digital(
        @Ref(RefKind.PERSON) @Doc("Senior responsible owner for digital and data.") String sro,
        Arrangement sharedCareRecord,
        Arrangement populationHealthManagement,
        Span at) {
}
