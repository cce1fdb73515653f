package org.icsdocs.core.model;

import java.util.List;

@Doc("The cover sheet of a paper.")
public record CoverSheet(
        @Ref(RefKind.PERSON) String author,
        @Ref(RefKind.PERSON) @Doc("Executive sponsor.") String sponsor,
        @Doc("Executive summary of the paper.") String summary,
        @Doc("What the meeting is asked to do, e.g. The board is asked to approve the plan.") String recommendation,
        @Doc("Strategic objectives or aims the paper supports.") List<String> objectives,
        @Doc("Risks the paper raises or addresses.") String risks,
        @Doc("Financial implications.") String finance,
        @Doc("Equality and health inequalities impact.") String equality,
        @Doc("Engagement with patients, the public, staff and partners on the matter.") String engagement,
        @Doc("Conflicts of interest identified by the author.") String conflicts,
        Span at) {

    public CoverSheet {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }
}
