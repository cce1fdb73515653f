package org.icsdocs.core.model;

@Doc("A primary care network: the neighbourhood level of the ICS.")
public record Pcn(
        @Required @Doc("Short id used in references.") String id,
        @Required @Doc("The primary care network's name as published.") String name,
        @Doc("ODS code: U plus 5 digits.") String odsCode,
        @Ref(RefKind.PLACE) @Doc("The place it is aligned to (NBH-001).") String place,
        @Doc("Population served (registered patients).") Long population,
        @Ref(RefKind.PERSON) String clinicalDirector,
        @Doc("Number of member practices.") Integer practices,
        @Doc("True where this network is illustrative rather than sourced.") Boolean illustrative,
        Span at) {
}
