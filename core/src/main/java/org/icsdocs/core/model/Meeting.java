package org.icsdocs.core.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Doc("A meeting of a body, with attendance, agenda, papers, minutes and action log.")
public record Meeting(
        @Required @Doc("Short id used in references and in the meeting's address, e.g. board-2026-09-10.") String id,
        @Ref(RefKind.BODY) @Doc("The body meeting (MTG-001).") String body,
        @Doc("Title, e.g. Board meeting held in public.") String title,
        @Doc("The date of the meeting.") LocalDate date,
        @Doc("The time it starts, e.g. 10:00.") LocalTime start,
        @Doc("The time it is due to end, e.g. 13:00.") LocalTime end,
        @Doc("Where it is held, as the public would find it.") String venue,
        @Doc("Whether this is the part held in public (MTG-001, MTG-004).") Boolean inPublic,
        @Doc("For a private meeting: the resolution excluding the public, and why.") String privateReason,
        @Doc("Date the papers were published.") LocalDate papersPublishedOn,
        @Doc("Registers the meeting reviews, printed in its pack after the register of interests: gifts-and-hospitality, sponsorship, procurement-decisions.") List<RegisterKind> registers,
        @Ref(RefKind.PERSON) @Doc("Who chairs this meeting (defaults to the body's chair).") String chair,
        List<Attendance> attendance,
        List<AgendaSection> agenda,
        @Doc("Markdown file with the minutes of this meeting.") FileRef minutes,
        List<Action> actions,
        @Doc("scheduled, held, cancelled or postponed (default: held once attendance is recorded, else scheduled).") MeetingStatus status,
        @Doc("For a postponed meeting: the date it moved to, if set.") LocalDate postponedTo,
        @Doc("Web address of the meeting's recording or live stream.") String recording,
        @Ref(RefKind.MEETING) @Doc("The later meeting of the body that approved these minutes (REC-005); absent means draft, unless that meeting's agenda approves them.") String minutesApprovedAt,
        @Doc("Questions from the public, with their answers (REC-007).") List<PublicQuestion> questions,
        @Doc("True where this meeting is illustrative rather than sourced.") Boolean illustrative,
        Span at) {

    public Meeting {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        actions = actions == null ? List.of() : List.copyOf(actions);
        registers = registers == null ? List.of() : List.copyOf(registers);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The status as written, or held when attendance is recorded, else scheduled. */
    public MeetingStatus effectiveStatus() {
        if (status != null) {
            return status;
        }
        return attendance.isEmpty() ? MeetingStatus.SCHEDULED : MeetingStatus.HELD;
    }

    public boolean wasHeld() {
        return effectiveStatus() == MeetingStatus.HELD;
    }

    /** Every resolution on the agenda, in agenda order, with its item. */
    public List<Resolved> resolutions() {
        return items().stream().flatMap(i -> i.resolutions().stream().map(r -> new Resolved(this, i, r))).toList();
    }

    /** A resolution with the meeting and item it was taken at. */
    public record Resolved(Meeting meeting, AgendaItem item, Resolution resolution) {
    }

    public boolean isPublic() {
        return Boolean.TRUE.equals(inPublic);
    }

    public List<AgendaItem> items() {
        return agenda.stream().flatMap(s -> s.items().stream()).toList();
    }

    /**
     * The item's number as printed: its own {@code number}, or section.position (e.g. 2.1) when it
     * has none, as the agenda numbers it. Null if the item is not on this meeting's agenda.
     */
    public String numberOf(AgendaItem item) {
        for (int s = 0; s < agenda.size(); s++) {
            List<AgendaItem> items = agenda.get(s).items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == item) {
                    return item.number() != null && !item.number().isBlank() ? item.number() : (s + 1) + "." + (i + 1);
                }
            }
        }
        return null;
    }
}
