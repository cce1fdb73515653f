package org.icsdocs.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.icsdocs.core.model.ActionStatus;
import org.icsdocs.core.model.AttendanceStatus;
import org.icsdocs.core.model.ItemKind;
import org.icsdocs.core.model.ItemPurpose;

/**
 * One meeting of the board or a committee, decided in full before it is written. Paths are
 * relative to the definition folder ({@code src/main/ics}), with forward slashes.
 *
 * @param held        whether it took place on or before the as-of date: only then does it have
 *                    attendance, minutes and actions (MTG-003 asks a held meeting to show it was quorate)
 * @param yamlFile    the meeting's definition file
 * @param minutesFile the minutes, when held; null otherwise
 */
record MeetingPlan(String id, String body, String bodyName, boolean board, LocalDate date, LocalTime start, LocalTime end, String title,
                   String venue, boolean inPublic, String privateReason, LocalDate papersPublishedOn, String chair, String yamlFile,
                   List<Section> agenda, List<Attendance> attendance, boolean held, String minutesFile, List<Action> actions,
                   LocalDate previousDate) {

    record Section(String title, List<Item> items) {
    }

    /**
     * An agenda item. {@code topic} is null for verbal items and for the previous meeting's
     * minutes, which are not papers of this meeting.
     */
    record Item(String number, String title, ItemKind kind, ItemPurpose purpose, String presenter, LocalTime start, int minutes,
                String paperFile, LocalDate paperDate, Topics.Topic topic, String author, String sponsor, String summary,
                String recommendation, List<String> objectives, String risks, String conflicts, List<String> topics,
                List<String> organisations) {

        boolean isPaper() {
            return topic != null;
        }
    }

    record Attendance(String person, AttendanceStatus status, String capacity) {
    }

    record Action(String id, String description, String owner, LocalDate due, ActionStatus status, String update) {
    }

    List<Item> items() {
        return agenda.stream().flatMap(s -> s.items().stream()).toList();
    }

    List<Item> papers() {
        return items().stream().filter(Item::isPaper).toList();
    }

    /** "board" or "committee", as papers and recommendations address the body. */
    String bodyNoun() {
        return board ? "board" : "committee";
    }
}
