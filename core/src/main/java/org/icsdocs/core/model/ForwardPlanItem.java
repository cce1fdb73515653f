package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("An item of business planned for a future meeting of a body (its forward plan).")
public record ForwardPlanItem(
        @Required @Ref(RefKind.BODY) String body,
        @Required @Doc("The date of the meeting it is planned for.") LocalDate meetingDate,
        @Required @Doc("The business, as the agenda will name it.") String title,
        ItemPurpose purpose,
        @Doc("The lead, by role, e.g. Chief Nurse.") String lead,
        @Ref(RefKind.DECISION_CATEGORY) @Doc("The decision category in the scheme of reservation and delegation, for an item to be decided.") String category,
        @Doc("Whether it is expected to be taken in private.") Boolean inPrivate,
        Span at) {
}
