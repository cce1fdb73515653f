package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("An entry in the constitution's version history.")
public record Amendment(
        @Required @Doc("The version the amendment made, e.g. 1.3.") String version,
        @Required @Doc("The date the amendment took effect.") LocalDate date,
        @Required @Doc("What changed, in a sentence.") String summary,
        @Ref(RefKind.ORGANISATION) String approvedBy,
        Span at) {
}
