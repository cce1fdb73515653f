package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("An entry in the constitution's version history.")
public record Amendment(
        @Required String version,
        @Required LocalDate date,
        @Required String summary,
        @Ref(RefKind.ORGANISATION) String approvedBy,
        Span at) {
}
