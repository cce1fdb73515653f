package org.icsdocs.core.model;

@Doc("A primary care network: the neighbourhood level of the ICS.")
public record Pcn(
        @Required String id,
        @Required String name,
        @Doc("ODS code: U plus 5 digits.") String odsCode,
        @Ref(RefKind.PLACE) @Doc("The place it is aligned to (NBH-001).") String place,
        Long population,
        @Ref(RefKind.PERSON) String clinicalDirector,
        Integer practices,
        Boolean illustrative,
        Span at) {
}
