package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("An entry on the action log, written under the meeting that opened it; its id is kept until it is closed, so it can be followed from meeting to meeting.")
public record Action(
        @Required @Doc("The action's number, unique within the body across meetings, e.g. B26/07.") String id,
        @Required @Doc("What is to be done.") String description,
        @Ref(RefKind.PERSON) String owner,
        @Doc("The owner by role, e.g. Chief Nurse (shown in preference to the person).") String ownerRole,
        @Doc("The date it is due.") LocalDate due,
        @Required ActionStatus status,
        @Doc("Progress since it was agreed, as reported to the next meeting.") String update,
        @Doc("Dated progress updates (REC-006).") List<ActionUpdate> updates,
        @Ref(RefKind.MEETING) @Doc("The meeting that closed it.") String closedAt,
        Span at) {

    public Action {
        updates = updates == null ? List.of() : List.copyOf(updates);
    }

    /** The latest update's text, or the single update. */
    public String latestUpdate() {
        return updates.isEmpty() ? update : updates.get(updates.size() - 1).text();
    }
}
