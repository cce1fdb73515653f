package org.icsdocs.core.validate;

import java.util.List;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.Meeting;

/**
 * Which record names a file, as a STR-002 message says it: a paper is "the paper of item 2.1
 * 'Finance report' in meeting board-2026-09", so a secretary with forty papers knows which one.
 *
 * @param subject   the id a justification names (the meeting's, for meeting files)
 * @param described text after the quoted file name, e.g. " (the paper of item 2.1 … )", or empty
 */
record FileOwner(String subject, String described) {

    static FileOwner of(List<Object> ancestors, Object owner, String field) {
        Meeting meeting = owner instanceof Meeting m ? m
                : ancestors.stream().filter(Meeting.class::isInstance).map(Meeting.class::cast).reduce((a, b) -> b).orElse(null);
        if (meeting == null) {
            return new FileOwner(StructureRules.subjectOf(owner), "");
        }
        if (owner instanceof AgendaItem item) {
            String what = field.equals("paper") ? "the paper" : "the file";
            return new FileOwner(meeting.id(), " (" + what + " of item " + meeting.numberOf(item) + " '" + item.title() + "' in meeting " + meeting.id() + ")");
        }
        if (owner == meeting && field.equals("minutes")) {
            return new FileOwner(meeting.id(), " (the minutes of meeting " + meeting.id() + ")");
        }
        return new FileOwner(meeting.id(), " (in meeting " + meeting.id() + ")");
    }
}
