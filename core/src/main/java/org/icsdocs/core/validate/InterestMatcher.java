package org.icsdocs.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.Attendance;
import org.icsdocs.core.model.AttendanceStatus;
import org.icsdocs.core.model.Declaration;
import org.icsdocs.core.model.Interest;
import org.icsdocs.core.model.Meeting;

/**
 * Finds the declared interests that touch an agenda item: those of people at the meeting,
 * current on its date, naming an organisation the item names or a topic it lists. COI-002
 * checks each is managed; the board pack prints them on the item.
 */
public final class InterestMatcher {

    /** The attendance statuses of people who hear the item, and so must declare on it. */
    private static final Set<AttendanceStatus> IN_THE_ROOM = Set.of(AttendanceStatus.PRESENT, AttendanceStatus.IN_ATTENDANCE);

    private final DefinitionIndex index;

    public InterestMatcher(DefinitionIndex index) {
        this.index = index;
    }

    /** One person's interest that touches an item. */
    public record Touch(String person, Interest interest) {
    }

    /** Interests touching the item, of everyone present or in attendance, in attendance order. */
    public List<Touch> touching(Meeting meeting, AgendaItem item) {
        List<Touch> touches = new ArrayList<>();
        for (String person : attendees(meeting)) {
            touching(meeting, item, person).forEach(i -> touches.add(new Touch(person, i)));
        }
        return touches;
    }

    /**
     * The person's interests that touch the item and are current on the meeting's date; with
     * no date every interest counts, since over-declaring is the safe side.
     */
    public List<Interest> touching(Meeting meeting, AgendaItem item, String personId) {
        Declaration declaration = index.declarationOf(personId).orElse(null);
        if (declaration == null) {
            return List.of();
        }
        return declaration.interests().stream()
                .filter(i -> meeting.date() == null || i.currentOn(meeting.date()))
                .filter(i -> touches(i, item))
                .toList();
    }

    /** Whether the interest names an organisation the item names, or shares a topic with it (ignoring case). */
    public boolean touches(Interest interest, AgendaItem item) {
        if (interest.organisation() != null && item.organisations().contains(interest.organisation())) {
            return true;
        }
        Set<String> itemTopics = normalised(item.topics());
        return interest.topics().stream().map(InterestMatcher::normalise).filter(t -> !t.isEmpty()).anyMatch(itemTopics::contains);
    }

    /**
     * People present or in attendance, each once. A meeting with no attendance recorded is one yet
     * to happen: its body's members are the people expected, and they must declare in advance.
     */
    public List<String> attendees(Meeting meeting) {
        if (meeting.attendance().isEmpty()) {
            return index.membersOf(meeting.body()).stream().map(DefinitionIndex.BodyMember::person).toList();
        }
        return meeting.attendance().stream()
                .filter(a -> IN_THE_ROOM.contains(a.status()))
                .map(Attendance::person)
                .filter(p -> p != null)
                .distinct()
                .toList();
    }

    private static Set<String> normalised(List<String> topics) {
        return topics.stream().map(InterestMatcher::normalise).collect(Collectors.toSet());
    }

    private static String normalise(String topic) {
        return topic == null ? "" : topic.strip().toLowerCase(Locale.ROOT);
    }
}
