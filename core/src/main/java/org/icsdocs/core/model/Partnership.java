package org.icsdocs.core.model;

import java.util.List;

@Doc("The integrated care partnership: a joint committee of the ICB and the local authorities.")
public record Partnership(
        @Required @Doc("Short id used in references.") String id,
        @Required @Doc("Name as it should be printed, e.g. Kent and Medway Integrated Care Partnership.") String name,
        @Ref(RefKind.PERSON) String chair,
        @Ref(RefKind.ORGANISATION) @Doc("Organisations that jointly selected the chair (ICP-004).") List<String> chairSelectedBy,
        @Ref(RefKind.ORGANISATION) @Doc("Organisations that established the ICP (ICP-001).") List<String> establishedBy,
        List<PartnershipMember> members,
        Quorum quorum,
        @Doc("The integrated care strategy (ICP-005).") Strategy strategy,
        @Doc("How often it meets, e.g. quarterly.") String meetingFrequency,
        Span at) {

    public Partnership {
        chairSelectedBy = chairSelectedBy == null ? List.of() : List.copyOf(chairSelectedBy);
        establishedBy = establishedBy == null ? List.of() : List.copyOf(establishedBy);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
