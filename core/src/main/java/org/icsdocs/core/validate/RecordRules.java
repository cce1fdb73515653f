package org.icsdocs.core.validate;

import static org.icsdocs.core.validate.CommitteeRules.blank;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Action;
import org.icsdocs.core.model.ActionStatus;
import org.icsdocs.core.model.ActionUpdate;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.Attendance;
import org.icsdocs.core.model.AttendanceStatus;
import org.icsdocs.core.model.BetweenMeetingsDecision;
import org.icsdocs.core.model.Interest;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.PublicContact;
import org.icsdocs.core.model.PublicQuestion;
import org.icsdocs.core.model.Resolution;

/**
 * REC: the record of meetings. What a meeting resolved is checked against the quorum (counting out
 * members who withdrew), the declared interests of the members who took part, and the scheme of
 * reservation and delegation; what follows a meeting (ratifying decisions taken between meetings,
 * approving the minutes, updating actions, answering questions) is checked once the next meeting
 * or the due date has passed on the build's date.
 */
public final class RecordRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.REC_001, Rule.REC_002, Rule.REC_003, Rule.REC_004, Rule.REC_005, Rule.REC_006, Rule.REC_007);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        DefinitionIndex index = in.index();
        LocalDate asOf = in.context().asOf();
        MeetingsOfBodies bodies = new MeetingsOfBodies(in.definition().meetings());
        DecisionAuthority authority = DecisionAuthority.of(in);
        for (Meeting m : in.definition().meetings()) {
            for (AgendaItem item : m.items()) {
                // the decision an agenda seeks is checked before the meeting: the paper goes to the body that may take it
                authority.check(m.body(), item.category(), item.amount(), item.at(), m.id(),
                        "The decision sought by item " + m.numberOf(item) + " '" + item.title() + "' of " + MeetingRules.describe(m, index), out);
            }
            for (Meeting.Resolved r : m.resolutions()) {
                authority.check(m.body(), r.resolution().category(), r.resolution().amount(), r.resolution().at(),
                        m.id(), "Resolution " + label(r) + " of " + MeetingRules.describe(m, index), out);
                quorateDecision(r, index, out);
                conflicted(r, index, out);
            }
            minutesApproved(m, bodies, index, asOf, out);
            m.actions().forEach(a -> actionUpdated(m, a, index, asOf, out));
            questionsAnswered(m, index, asOf, out);
        }
        for (BetweenMeetingsDecision d : in.definition().decisionsBetweenMeetings()) {
            authority.check(d.body(), d.category(), d.amount(), d.at(), d.id(), "The decision taken between meetings '" + d.id() + "'", out);
            ratified(d, bodies, index, asOf, out);
        }
    }

    private static String label(Meeting.Resolved r) {
        String n = r.resolution().number();
        return (n == null || n.isBlank() ? "" : n + " ") + "on item " + r.meeting().numberOf(r.item()) + " '" + r.item().title() + "'";
    }

    /** The voting members present at the meeting: the people its quorum counts. */
    private static List<String> votingPresent(Meeting m, MeetingRules.QuorumBody body) {
        return m.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT)
                .map(Attendance::person)
                .filter(body.voting()::contains)
                .distinct()
                .toList();
    }

    // REC-002 --------------------------------------------------------------------------------

    private static void quorateDecision(Meeting.Resolved r, DefinitionIndex index, Findings out) {
        Meeting m = r.meeting();
        Resolution res = r.resolution();
        if (!res.outcome().decides() || m.attendance().isEmpty() || res.withdrew().isEmpty()) {
            return; // with no one withdrawn, the meeting's own quorum is MTG-003's to judge
        }
        MeetingRules.QuorumBody body = MeetingRules.quorumBody(m.body(), index).orElse(null);
        if (body == null || body.quorum() == null || body.quorum().members() == null) {
            return;
        }
        List<String> present = votingPresent(m, body);
        long counted = present.stream().filter(p -> !res.withdrew().contains(p)).count();
        if (counted < body.quorum().members()) {
            out.report(Rule.REC_002, res.at().of("withdrew"), m.id(), "Resolution " + label(r) + " of " + MeetingRules.describe(m, index)
                            + " was taken when the meeting was not quorate: " + present.size() + " voting members were present, "
                            + (present.size() - counted) + " withdrew for a conflict of interest, leaving " + counted
                            + " of the " + body.quorum().members() + " the quorum of " + body.name() + " needs",
                    "Refer the decision to a quorate meeting (or to the body the standing orders name when conflicts leave a meeting inquorate), and record where it was taken.");
        }
    }

    // REC-003 --------------------------------------------------------------------------------

    private static void conflicted(Meeting.Resolved r, DefinitionIndex index, Findings out) {
        Meeting m = r.meeting();
        Resolution res = r.resolution();
        AgendaItem item = r.item();
        if (!res.outcome().decides() || item.organisations().isEmpty()) {
            return;
        }
        for (Attendance a : m.attendance()) {
            if (a.status() != AttendanceStatus.PRESENT || res.withdrew().contains(a.person())
                    || res.tookPart().stream().anyMatch(t -> a.person().equals(t.person()))) {
                continue;
            }
            for (Interest i : index.declarationOf(a.person()).map(d -> d.interests()).orElse(List.of())) {
                if (i.organisation() != null && item.organisations().contains(i.organisation())
                        && (m.date() == null || i.currentOn(m.date()))) {
                    out.report(Rule.REC_003, res.at().at(), m.id(), index.personName(a.person()) + " took part in resolution " + label(r)
                                    + " of " + MeetingRules.describe(m, index) + ", though they declared an interest in "
                                    + index.organisationName(i.organisation()) + " (" + i.nature() + "), which the item concerns",
                            "If they withdrew from the decision, list them under 'withdrew:'; if the chair ruled they could take part, record it under 'took-part:' with the reason.");
                    break;
                }
            }
        }
    }

    // REC-004 --------------------------------------------------------------------------------

    private static void ratified(BetweenMeetingsDecision d, MeetingsOfBodies bodies, DefinitionIndex index, LocalDate asOf, Findings out) {
        if (d.body() == null || d.date() == null) {
            return;
        }
        Optional<Meeting> next = bodies.nextHeld(d.body(), d.date(), asOf);
        if (next.isEmpty() || Objects.equals(d.ratifiedAt(), next.get().id())) {
            return;
        }
        Meeting n = next.get();
        String said = blank(d.ratifiedAt()) ? "is not recorded as ratified" : "was ratified at '" + d.ratifiedAt() + "', not at that meeting";
        out.report(Rule.REC_004, d.at().of(blank(d.ratifiedAt()) ? "date" : "ratifiedAt"), d.id(), "The " + d.kind().label().toLowerCase(java.util.Locale.ROOT)
                        + " '" + d.id() + "' of " + d.date() + " under standing order " + d.standingOrder() + " " + said
                        + "; the next meeting of " + index.bodyName(d.body()) + " was on " + n.date(),
                "Report the decision to the next meeting for ratification and record it with 'ratified-at: " + n.id() + "'.");
    }

    // REC-005 --------------------------------------------------------------------------------

    private static void minutesApproved(Meeting m, MeetingsOfBodies bodies, DefinitionIndex index, LocalDate asOf, Findings out) {
        if (!m.wasHeld() || m.date() == null || m.body() == null) {
            return;
        }
        Optional<Meeting> next = bodies.nextHeld(m.body(), m.date(), asOf);
        if (next.isEmpty() || approvedAt(m, next.get())) {
            return;
        }
        Meeting n = next.get();
        out.report(Rule.REC_005, m.at().of(m.minutesApprovedAt() != null ? "minutesApprovedAt" : m.minutes() != null ? "minutes" : "date"), m.id(),
                "The minutes of " + MeetingRules.describe(m, index) + " are not recorded as approved at the body's next meeting, on " + n.date()
                        + (m.minutes() == null ? " (no minutes are recorded)" : ""),
                "Put the minutes to the next meeting for approval (an agenda item whose paper is the minutes), or record 'minutes-approved-at: " + n.id() + "'.");
    }

    /** Approved at the next meeting: recorded so, or that meeting's agenda takes them for approval. */
    static boolean approvedAt(Meeting m, Meeting next) {
        if (next.id().equals(m.minutesApprovedAt())) {
            return true;
        }
        if (m.minutesApprovedAt() != null || m.minutes() == null) {
            return false;
        }
        return next.items().stream().anyMatch(i -> i.paper() != null && i.paper().resolved().normalize().equals(m.minutes().resolved().normalize()));
    }

    // REC-006 --------------------------------------------------------------------------------

    private static void actionUpdated(Meeting m, Action a, DefinitionIndex index, LocalDate asOf, Findings out) {
        if (a.status() == ActionStatus.COMPLETE || a.closedAt() != null || a.due() == null || asOf == null || !a.due().isBefore(asOf)) {
            return;
        }
        boolean updatedSince = a.updates().stream().map(ActionUpdate::on).anyMatch(d -> d != null && !d.isBefore(a.due()));
        // an undated update (the older single 'update:') is taken as current: it cannot be shown to be stale
        if (updatedSince || (a.updates().isEmpty() && !blank(a.update()))) {
            return;
        }
        out.report(Rule.REC_006, a.at().of("due"), m.id(), "Action " + a.id() + " of " + MeetingRules.describe(m, index) + " ('" + a.description()
                        + "') was due on " + a.due() + " and has no update since",
                "Add an entry under 'updates:' (on, text) saying where it stands, or close it with 'status: complete' and 'closed-at:'.");
    }

    // REC-007 --------------------------------------------------------------------------------

    private static void questionsAnswered(Meeting m, DefinitionIndex index, LocalDate asOf, Findings out) {
        if (m.questions().isEmpty() || !m.wasHeld() || m.date() == null || asOf == null || m.date().isAfter(asOf)) {
            return;
        }
        PublicContact contact = index.definition().ics() == null ? null : index.definition().ics().contact();
        int notice = contact == null || contact.questionNoticeDays() == null ? 0 : contact.questionNoticeDays();
        LocalDate deadline = workingDaysBefore(m.date(), notice);
        for (PublicQuestion q : m.questions()) {
            if (q.receivedOn() == null || q.receivedOn().isAfter(deadline) || q.isAnswered()) {
                continue;
            }
            out.report(Rule.REC_007, q.at().of("question"), m.id(), "A question to " + MeetingRules.describe(m, index) + ", received on " + q.receivedOn()
                            + " (within the notice of " + notice + " working days, by " + deadline + "), has no answer recorded",
                    "Record the answer under 'answer:' and whether it was given 'at-meeting' or 'in-writing' (with 'answered-on:').");
        }
    }

    /** The date that many working days (Monday to Friday) before the meeting; bank holidays are not known to the model. */
    static LocalDate workingDaysBefore(LocalDate date, int days) {
        LocalDate d = date;
        int left = days;
        while (left > 0) {
            d = d.minusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    /** Each body's meetings in date order, to find the next one held after a date. */
    record MeetingsOfBodies(List<Meeting> meetings) {

        Optional<Meeting> nextHeld(String body, LocalDate after, LocalDate asOf) {
            return meetings.stream()
                    .filter(n -> body.equals(n.body()) && n.date() != null && n.date().isAfter(after) && n.wasHeld())
                    .filter(n -> asOf == null || !n.date().isAfter(asOf))
                    .min(Comparator.comparing(Meeting::date));
        }
    }
}
