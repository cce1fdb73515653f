package org.icsdocs.core.model;

import java.util.List;

@Doc("A member of a partnership (the ICP or a place), as an organisation, a person, or both.")
public record PartnershipMember(
        @Ref(RefKind.ORGANISATION) String organisation,
        @Ref(RefKind.PERSON) String person,
        @Doc("Role in the partnership, e.g. Public Health Consultant.") String role,
        @Doc("What the member represents (PLC-003, ENG-002).") List<Sector> represents,
        Span at) {

    public PartnershipMember {
        represents = represents == null ? List.of() : List.copyOf(represents);
    }
}
