package org.icsdocs.core.render.boardpack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icsdocs.core.model.Action;
import org.icsdocs.core.model.ActionStatus;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.MeetingStatus;
import org.icsdocs.core.render.boardpack.PackView.ActionRow;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * The body's earlier meetings as the pack sees them: the previous one (whose minutes come to this
 * meeting) and the action log, which carries every action still open from earlier meetings, with
 * the actions completed since the previous meeting (those of the previous meeting and this one).
 * The model records no completion date, so "recently completed" is judged by the meeting.
 */
final class ActionLog {

    private ActionLog() {
    }

    /** Earlier meetings of the same body, oldest first (definition order breaks ties). */
    static List<Meeting> earlier(Meeting meeting, DefinitionIndex index) {
        if (meeting.date() == null) {
            return List.of();
        }
        return index.definition().meetings().stream()
                .filter(m -> m != meeting && Objects.equals(m.body(), meeting.body()))
                .filter(m -> m.date() != null && m.date().isBefore(meeting.date()))
                .filter(m -> m.effectiveStatus() != MeetingStatus.CANCELLED && m.effectiveStatus() != MeetingStatus.POSTPONED)
                .sorted(Comparator.comparing(Meeting::date))
                .toList();
    }

    static Optional<Meeting> previous(Meeting meeting, DefinitionIndex index) {
        List<Meeting> earlier = earlier(meeting, index);
        return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
    }

    static List<ActionRow> rows(Meeting meeting, DefinitionIndex index) {
        List<Meeting> meetings = new ArrayList<>(earlier(meeting, index));
        Meeting previous = meetings.isEmpty() ? null : meetings.get(meetings.size() - 1);
        meetings.add(meeting);
        List<ActionRow> rows = new ArrayList<>();
        for (Meeting m : meetings) {
            boolean recent = m == meeting || m == previous;
            for (Action a : m.actions()) {
                boolean complete = a.status() == ActionStatus.COMPLETE || a.closedAt() != null;
                // an action closed at a meeting before the previous one has left the log; one closed at the
                // previous meeting or this one is shown once more; a completed one not yet closed stays until it is
                Meeting closedAt = a.closedAt() == null ? null : index.meeting(a.closedAt()).orElse(null);
                boolean closedLongAgo = closedAt != null && closedAt != previous && closedAt != meeting
                        && (closedAt.date() == null || previous == null || previous.date() == null || !closedAt.date().isAfter(previous.date()));
                if (closedLongAgo || (complete && closedAt == null && !recent && a.updates().isEmpty())) {
                    continue;
                }
                boolean overdue = !complete && a.due() != null && meeting.date() != null && a.due().isBefore(meeting.date());
                String owner = a.ownerRole() != null && !a.ownerRole().isBlank() ? a.ownerRole() : a.owner() == null ? null : index.personName(a.owner());
                String status = closedAt != null ? "Closed " + Words.shortDate(closedAt.date()) : Words.label(a.status());
                rows.add(new ActionRow(Words.shortDate(m.date()), a.id(), a.description(), owner,
                        Words.shortDate(a.due()), status, Words.text(a.latestUpdate()), overdue));
            }
        }
        return rows;
    }
}
