package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("An entry on the action log.")
public record Action(
        @Required String id,
        @Required String description,
        @Ref(RefKind.PERSON) String owner,
        LocalDate due,
        @Required ActionStatus status,
        String update,
        Span at) {
}
