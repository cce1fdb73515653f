package org.icsdocs.core.model;

import java.util.List;

@Doc("A place-based partnership (in Kent and Medway, a Health and Care Partnership).")
public record Place(
        @Required @Doc("Short id used in references, e.g. west-kent.") String id,
        @Required @Doc("Name as it should be printed, e.g. West Kent Health and Care Partnership.") String name,
        @Doc("Shorter name for tables and navigation, e.g. West Kent.") String shortName,
        @Ref(RefKind.ORGANISATION) @Doc("Local authority areas the place covers (districts, unitaries, counties).") List<String> areas,
        @Doc("Local authority areas among 'areas' that the place covers only in part, with which part.") List<PlacePart> partAreas,
        @Doc("Population served.") Long population,
        @Ref(RefKind.PERSON) @Doc("Place-based leader.") String lead,
        PlaceGovernance governance,
        List<PartnershipMember> members,
        @Doc("What the place partnership does, in a sentence or two.") String summary,
        Span at) {

    public Place {
        areas = areas == null ? List.of() : List.copyOf(areas);
        members = members == null ? List.of() : List.copyOf(members);
        partAreas = partAreas == null ? List.of() : List.copyOf(partAreas);
    }

    /** Which part of an area the place covers, or null if it covers the whole of it. */
    public String partOf(String authority) {
        return partAreas.stream().filter(p -> p.authority() != null && p.authority().equals(authority)).map(PlacePart::part).findFirst().orElse(null);
    }

    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
