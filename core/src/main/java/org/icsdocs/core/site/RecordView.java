package org.icsdocs.core.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.icsdocs.core.model.Action;
import org.icsdocs.core.model.ActionStatus;
import org.icsdocs.core.model.ActionUpdate;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.Attendance;
import org.icsdocs.core.model.AttendanceStatus;
import org.icsdocs.core.model.BetweenMeetingsDecision;
import org.icsdocs.core.model.ForwardPlanItem;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.MeetingStatus;
import org.icsdocs.core.model.PublicQuestion;
import org.icsdocs.core.model.Resolution;
import org.icsdocs.core.model.Votes;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * The record of the meetings held in public as the site prints it: the decisions register, each
 * meeting's decisions, attendance and questions, the action tracker, attendance over the year and
 * the forward plan. Rows hold words and links only (no ids, no enum names); links are relative to
 * the site folder, so a page prefixes them with its {@code root}.
 */
public final class RecordView {

    private final RenderContext context;
    private final SiteView view;
    private static final String SCHEME_PAGE = "scheme-of-delegation.html";
    private final Predicate<String> published;
    private final AuthorityText authority;

    RecordView(RenderContext context, SiteView view, Predicate<String> published) {
        this.context = context;
        this.view = view;
        this.published = published;
        this.authority = new AuthorityText(context.definition(), context.index());
    }

    private DefinitionIndex index() {
        return context.index();
    }

    /** One decision of the register, at a meeting or between meetings. */
    public record DecisionRow(String date, String year, String body, String bodyId, String meeting, String meetingHref, String item,
                              String itemHref, String paperHref, String number, String wording, String outcome, String how,
                              String withdrew, String authority, String minutesHref, String taken, String authorityHref) {
    }

    /** A row with the date it sorts by. */
    private record Dated(LocalDate date, DecisionRow row) {
    }

    /** Every decision recorded at a meeting held in public, and every decision taken between meetings, newest first. */
    public List<DecisionRow> decisions() {
        List<Dated> rows = new ArrayList<>();
        for (Meeting m : view.publicMeetings()) {
            for (Meeting.Resolved r : m.resolutions()) {
                rows.add(new Dated(m.date(), row(m, r.item(), r.resolution())));
            }
        }
        for (BetweenMeetingsDecision d : context.definition().decisionsBetweenMeetings()) {
            rows.add(new Dated(d.date(), between(d)));
        }
        // newest first; within a day, by body and then in the order minuted
        return rows.stream().sorted(Comparator.comparing((Dated r) -> r.date() == null ? LocalDate.MIN : r.date()).reversed()
                        .thenComparing(r -> r.row().body()))
                .map(Dated::row).toList();
    }

    /** The decisions of one body, for its filtered register. */
    public List<DecisionRow> decisionsOf(String bodyId) {
        return decisions().stream().filter(r -> bodyId.equals(r.bodyId())).toList();
    }

    /** Bodies with decisions in the register, by id, with their names, in order of name. */
    public Map<String, String> decisionBodies() {
        Map<String, String> out = new TreeMap<>(Comparator.comparing(view::bodyName));
        decisions().forEach(r -> out.put(r.bodyId(), r.body()));
        return out;
    }

    /** The decisions taken at one meeting, in agenda order. */
    public List<DecisionRow> decisionsAt(Meeting m) {
        return m.resolutions().stream().map(r -> row(m, r.item(), r.resolution())).toList();
    }

    private DecisionRow row(Meeting m, AgendaItem item, Resolution r) {
        String number = m.numberOf(item);
        String folder = "meetings/" + m.id() + "/";
        String paper = published.test(folder + number + ".html") ? folder + number + ".html" : null;
        DecisionRow row = new DecisionRow(view.date(m.date()), m.date() == null ? "" : String.valueOf(m.date().getYear()),
                view.bodyName(m.body()), m.body(), MeetingPages.title(m, view), folder + "index.html",
                number + " " + item.title(), folder + "index.html#" + agendaRow(m, item), paper,
                text(r.number()), r.wording().strip(), r.outcome().label(), how(r.votes()), names(r.withdrew()),
                authority.of(m.body(), r.category(), r.amount()), minutesHref(m), "At the meeting", authorityHref(r.category()));
        return row;
    }

    /** Where a reader finds the authority: the category's entry in the scheme when the site publishes one, else the decision map. */
    private String authorityHref(String category) {
        return category != null && published.test(SCHEME_PAGE) ? SCHEME_PAGE + "#decision-" + category : "decision-map.html";
    }

    private DecisionRow between(BetweenMeetingsDecision d) {
        Meeting ratified = d.ratifiedAt() == null ? null : index().meeting(d.ratifiedAt()).filter(Meeting::isPublic).orElse(null);
        String taken = d.kind().label() + " by " + names(d.takenBy()) + ", under standing order " + d.standingOrder()
                + (ratified != null ? "; ratified at the meeting on " + view.date(ratified.date()) : "; not yet ratified");
        DecisionRow row = new DecisionRow(view.date(d.date()), d.date() == null ? "" : String.valueOf(d.date().getYear()),
                view.bodyName(d.body()), d.body(), ratified == null ? null : MeetingPages.title(ratified, view),
                ratified == null ? null : "meetings/" + ratified.id() + "/index.html", null, null, null, "", d.wording().strip(),
                "Approved", "By " + d.kind().label().toLowerCase(java.util.Locale.ROOT), "", authority.of(d.body(), d.category(), d.amount()),
                ratified == null ? null : minutesHref(ratified), taken, authorityHref(d.category()));
        return row;
    }

    /** The published minutes of a meeting, when it has them. */
    public String minutesHref(Meeting m) {
        return m.isPublic() && m.wasHeld() && m.minutes() != null ? "meetings/" + m.id() + "/minutes.html" : null;
    }

    /** Where the minutes stand: approved at which meeting, or draft. */
    public String minutesStatus(Meeting m) {
        Meeting at = approvedAt(m);
        return at == null ? "Draft: to be approved at the next meeting" : "Approved at the meeting on " + view.date(at.date());
    }

    private Meeting approvedAt(Meeting m) {
        if (m.minutesApprovedAt() != null) {
            return index().meeting(m.minutesApprovedAt()).orElse(null);
        }
        if (m.minutes() == null) {
            return null;
        }
        return context.definition().meetings().stream()
                .filter(n -> Objects.equals(n.body(), m.body()) && n.date() != null && m.date() != null && n.date().isAfter(m.date()) && n.wasHeld())
                .filter(n -> n.items().stream().anyMatch(i -> i.paper() != null && i.paper().resolved().normalize().equals(m.minutes().resolved().normalize())))
                .findFirst().orElse(null);
    }

    /** The id of the item's row in the agenda the meeting page embeds (the pack numbers rows by position). */
    private static String agendaRow(Meeting m, AgendaItem item) {
        for (int s = 0; s < m.agenda().size(); s++) {
            int i = m.agenda().get(s).items().indexOf(item);
            if (i >= 0) {
                return "agenda-" + (s + 1) + "-" + (i + 1);
            }
        }
        return "";
    }

    private static String how(Votes v) {
        if (v == null) {
            return "By consensus";
        }
        return "By vote: " + n(v.inFavour()) + " for, " + n(v.against()) + " against, " + n(v.abstained()) + " abstaining";
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

    private String names(List<String> people) {
        return people.stream().map(view::personName).collect(Collectors.joining(", "));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    // A meeting's page ------------------------------------------------------------------------

    /** What happened to the meeting, in words, or empty for a meeting held or still to come as planned. */
    public String status(Meeting m) {
        MeetingStatus s = m.effectiveStatus();
        return switch (s) {
            case CANCELLED -> "Cancelled";
            case POSTPONED -> m.postponedTo() == null ? "Postponed; a new date is to be set" : "Postponed to " + view.date(m.postponedTo());
            case HELD -> "Held";
            case SCHEDULED -> m.date() != null && m.date().isBefore(context.buildDate()) ? "" : "Scheduled";
        };
    }

    /** People at the meeting by how they attended: members present, apologies, absent, in attendance. */
    public Map<String, String> attendance(Meeting m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (AttendanceStatus s : AttendanceStatus.values()) {
            String names = m.attendance().stream().filter(a -> a.status() == s).map(this::attendee).collect(Collectors.joining("; "));
            if (!names.isEmpty()) {
                out.put(s.label(), names);
            }
        }
        return out;
    }

    private String attendee(Attendance a) {
        return view.personName(a.person()) + (a.capacity() == null || a.capacity().isBlank() ? "" : " (" + a.capacity() + ")");
    }

    /** A question as published: the asker's name only with their consent. */
    public record QuestionRow(String received, String asker, String question, String answer, String answered) {
    }

    public List<QuestionRow> questions(Meeting m) {
        return m.questions().stream().map(q -> new QuestionRow(view.date(q.receivedOn()), q.publishedAsker(), q.question().strip(),
                q.isAnswered() ? q.answer().strip() : null, answered(q))).toList();
    }

    private String answered(PublicQuestion q) {
        if (!q.isAnswered()) {
            return "Not yet answered";
        }
        if (q.answered() == null) {
            return "Answered";
        }
        return q.answered().label() + (q.answeredOn() == null ? "" : " on " + view.date(q.answeredOn()));
    }

    // Action tracker --------------------------------------------------------------------------

    /** One action, followed from the meeting that agreed it to the one that closed it. */
    public record ActionRow(String id, String body, String opened, String openedHref, String description, String owner, String due,
                            String status, String update, String closed, String closedHref, boolean overdue) {
    }

    /** Actions of the bodies' meetings held in public: open ones first (oldest first), then closed ones, newest first. */
    public Map<String, List<ActionRow>> actions() {
        Map<String, List<ActionRow>> out = new TreeMap<>();
        for (Meeting m : view.publicMeetings()) {
            for (Action a : m.actions()) {
                out.computeIfAbsent(view.bodyName(m.body()), k -> new ArrayList<>()).add(action(m, a));
            }
        }
        return out;
    }

    private ActionRow action(Meeting m, Action a) {
        Meeting closed = a.closedAt() == null ? null : index().meeting(a.closedAt()).orElse(null);
        boolean open = a.status() != ActionStatus.COMPLETE && closed == null;
        ActionUpdate last = a.updates().isEmpty() ? null : a.updates().get(a.updates().size() - 1);
        String update = last != null ? view.date(last.on()) + ": " + last.text() : text(a.update());
        String owner = a.ownerRole() != null && !a.ownerRole().isBlank() ? a.ownerRole() : view.personName(a.owner());
        String status = closed != null ? "Closed" : a.status().label();
        return new ActionRow(a.id(), view.bodyName(m.body()), view.date(m.date()), "meetings/" + m.id() + "/index.html", a.description().strip(),
                owner, view.date(a.due()), status, update, closed == null ? "" : view.date(closed.date()),
                closed == null || !closed.isPublic() ? null : "meetings/" + closed.id() + "/index.html",
                open && a.due() != null && a.due().isBefore(context.buildDate()));
    }

    // Attendance over the year ----------------------------------------------------------------

    /** A member's attendance in a year: meetings they were expected at, how many they attended, and the share. */
    public record AttendanceRow(String person, String role, int expected, int attended, int apologies, String share) {
    }

    /** For each body and year (newest first), its members' attendance at the meetings held in public. */
    public Map<String, Map<String, List<AttendanceRow>>> attendanceByBodyAndYear() {
        Map<String, Map<String, List<AttendanceRow>>> out = new TreeMap<>();
        Map<String, Map<Integer, List<Meeting>>> held = new TreeMap<>();
        for (Meeting m : view.publicMeetings()) {
            if (m.wasHeld() && m.date() != null && !m.attendance().isEmpty()) {
                held.computeIfAbsent(m.body(), k -> new TreeMap<>(Comparator.reverseOrder())).computeIfAbsent(m.date().getYear(), k -> new ArrayList<>()).add(m);
            }
        }
        held.forEach((body, years) -> years.forEach((year, meetings) -> {
            List<AttendanceRow> rows = new ArrayList<>();
            for (DefinitionIndex.BodyMember member : index().membersOf(body)) {
                int expected = 0;
                int attended = 0;
                int apologies = 0;
                for (Meeting m : meetings) {
                    for (Attendance a : m.attendance()) {
                        if (!a.person().equals(member.person())) {
                            continue;
                        }
                        expected++;
                        attended += a.status() == AttendanceStatus.PRESENT ? 1 : 0;
                        apologies += a.status() == AttendanceStatus.APOLOGIES ? 1 : 0;
                    }
                }
                if (expected > 0) {
                    rows.add(new AttendanceRow(view.personName(member.person()), member.role(), expected, attended, apologies,
                            Math.round(100.0 * attended / expected) + "%"));
                }
            }
            out.computeIfAbsent(view.bodyName(body), k -> new TreeMap<>(Comparator.reverseOrder())).put(String.valueOf(year), rows);
        }));
        return out;
    }

    // Forward plan ----------------------------------------------------------------------------

    /** One planned item. */
    public record PlanRow(String title, String purpose, String lead, String authority, boolean inPrivate) {
    }

    /** Planned business by body, then by meeting date (soonest first). */
    public Map<String, Map<String, List<PlanRow>>> forwardPlan() {
        Map<String, Map<LocalDate, List<PlanRow>>> byDate = new TreeMap<>();
        for (ForwardPlanItem f : context.definition().forwardPlan()) {
            byDate.computeIfAbsent(view.bodyName(f.body()), k -> new TreeMap<>()).computeIfAbsent(f.meetingDate(), k -> new ArrayList<>())
                    .add(new PlanRow(f.title(), f.purpose() == null ? "" : f.purpose().label(), text(f.lead()),
                            authority.of(f.body(), f.category(), null), Boolean.TRUE.equals(f.inPrivate())));
        }
        Map<String, Map<String, List<PlanRow>>> out = new LinkedHashMap<>();
        byDate.forEach((body, dates) -> {
            Map<String, List<PlanRow>> inWords = new LinkedHashMap<>();
            dates.forEach((date, rows) -> inWords.put(view.date(date), rows));
            out.put(body, inWords);
        });
        return out;
    }
}
