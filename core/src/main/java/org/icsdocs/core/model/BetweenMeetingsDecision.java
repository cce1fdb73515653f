package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("A decision taken between meetings on a body's behalf (chair's action or urgent decision), to be ratified at its next meeting (REC-004).")
public record BetweenMeetingsDecision(
        @Required @Doc("Short id of the decision, e.g. chairs-action-2026-04.") String id,
        @Required @Ref(RefKind.BODY) @Doc("The body on whose behalf the decision was taken.") String body,
        @Required @Doc("The day the decision was taken.") LocalDate date,
        @Required @Doc("chairs-action or urgent-decision.") BetweenMeetingsKind kind,
        @Required @Ref(RefKind.PERSON) @Doc("Who took it, e.g. the chair and the chief executive.") List<String> takenBy,
        @Required @Doc("The standing order it was taken under, e.g. 4.9.1.") String standingOrder,
        @Required @Doc("What was decided.") String wording,
        @Doc("Why it could not wait for the next meeting.") String reason,
        @Ref(RefKind.DECISION_CATEGORY) @Doc("The decision category in the scheme of reservation and delegation (REC-001).") String category,
        Money amount,
        @Ref(RefKind.MEETING) @Doc("The meeting that ratified it (REC-004).") String ratifiedAt,
        @Doc("True where this decision is illustrative rather than sourced.") Boolean illustrative,
        Span at) {

    public BetweenMeetingsDecision {
        takenBy = takenBy == null ? List.of() : List.copyOf(takenBy);
    }
}
