package org.icsdocs.core.model;

import java.util.List;

@Doc("The cover sheet of a paper.")
public record CoverSheet(
        @Ref(RefKind.PERSON) String author,
        @Ref(RefKind.PERSON) @Doc("Executive sponsor.") String sponsor,
        String summary,
        String recommendation,
        @Doc("Strategic objectives or aims the paper supports.") List<String> objectives,
        String risks,
        String finance,
        @Doc("Equality and health inequalities impact.") String equality,
        String engagement,
        @Doc("Conflicts of interest identified by the author.") String conflicts,
        Span at) {

    public CoverSheet {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }
}
