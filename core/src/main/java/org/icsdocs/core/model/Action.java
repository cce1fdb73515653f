package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("An entry on the action log.")
public record Action(
        @Required @Doc("Short id of the action, unique in the meeting's action log, e.g. A3.") String id,
        @Required @Doc("What is to be done.") String description,
        @Ref(RefKind.PERSON) String owner,
        @Doc("The date it is due.") LocalDate due,
        @Required ActionStatus status,
        @Doc("Progress since it was agreed, as reported to the next meeting.") String update,
        Span at) {
}
