package org.icsdocs.core.model;

import java.util.List;

@Doc("A place-based partnership (in Kent and Medway, a Health and Care Partnership).")
public record Place(
        @Required String id,
        @Required String name,
        String shortName,
        @Ref(RefKind.ORGANISATION) @Doc("Local authority areas the place covers (districts, unitaries, counties).") List<String> areas,
        Long population,
        @Ref(RefKind.PERSON) @Doc("Place-based leader.") String lead,
        PlaceGovernance governance,
        List<PartnershipMember> members,
        String summary,
        Span at) {

    public Place {
        areas = areas == null ? List.of() : List.copyOf(areas);
        members = members == null ? List.of() : List.copyOf(members);
    }

    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
