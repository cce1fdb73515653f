package org.icsdocs.core.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.Declaration;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.Pcn;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.render.RenderContext;

/**
 * Lookups the site's templates call (as {@code v.…}): names by id, dates in words, the meetings
 * that may be published. Everything here is read-only and ordered as the definition is.
 */
public final class SiteView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RenderContext context;

    SiteView(RenderContext context) {
        this.context = context;
    }

    /** The board's seats, terms, quorum and appointments, worded as the constitution words them. */
    public org.icsdocs.core.render.constitution.BoardFacts boardFacts() {
        return new org.icsdocs.core.render.constitution.BoardFacts(
                new org.icsdocs.core.render.constitution.BoardView(context.definition().board(), context.index()),
                context.definition().constitution());
    }

    public String personName(String id) {
        return blank(id) ? "" : context.index().personName(id);
    }

    public Person person(String id) {
        return id == null ? null : context.index().person(id).orElse(null);
    }

    /** An organisation's name; a primary care network named where an organisation may be (an interest held in one) reads by its name too, never its id. */
    public String orgName(String id) {
        if (blank(id)) {
            return "";
        }
        return context.index().organisation(id).map(Organisation::name)
                .or(() -> context.index().pcn(id).map(Pcn::name))
                .orElse(context.index().organisationName(id));
    }

    /** What a committee is, in a phrase: "A committee of the board", "A sub-committee of the audit committee", "A joint committee". */
    public String constitutedAs(Committee c) {
        return org.icsdocs.core.render.handbook.RegisterView.constitutedAs(c, blank(c.reportsTo()) ? "" : bodyName(c.reportsTo()));
    }

    public String bodyName(String id) {
        return blank(id) ? "" : context.index().bodyName(id);
    }

    public Declaration declaration(String personId) {
        return context.index().declarationOf(personId).orElse(null);
    }

    /** A date in words (10 September 2026); empty for a date the definition leaves out (passed as {@code x!""}). */
    public String date(Object date) {
        return date instanceof LocalDate d ? DATE.format(d) : "";
    }

    /** When a meeting starts and ends, e.g. 10:00 to 12:30. */
    public String times(Meeting m) {
        if (m.start() == null) {
            return "";
        }
        return m.end() == null ? m.start().toString() : m.start() + " to " + m.end();
    }

    private static boolean blank(String id) {
        return id == null || id.isBlank();
    }

    public boolean current(org.icsdocs.core.model.Interest interest) {
        return interest.currentOn(context.buildDate());
    }

    public List<Pcn> pcnsIn(String placeId) {
        return context.definition().pcns().stream().filter(p -> placeId.equals(p.place())).toList();
    }

    public List<Pcn> pcnsWithoutPlace() {
        return context.definition().pcns().stream().filter(p -> p.place() == null || context.index().place(p.place()).isEmpty()).toList();
    }

    public Committee committee(String id) {
        return id == null ? null : context.index().committee(id).orElse(null);
    }

    /** A Markdown file from the definition as safe HTML, its headings pushed below the page's. */
    public String markdown(FileRef file, int headingShift) {
        return file == null ? "" : context.markdownFile(file, headingShift);
    }

    /** Organisations by kind, kinds in their declared order, for the partners page. */
    public Map<String, List<Organisation>> organisationsByKind() {
        Map<String, List<Organisation>> out = new LinkedHashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            List<Organisation> of = context.currentOrganisations().stream().filter(o -> o.kind() == kind).toList();
            if (!of.isEmpty()) {
                out.put(kind.label(), of);
            }
        }
        return out;
    }

    /** Meetings held in public, by date: the only ones the site publishes. */
    /** The next meeting in public of the same body after this one, or null. */
    public Meeting nextPublicMeeting(Meeting meeting) {
        if (meeting.date() == null || meeting.body() == null) {
            return null;
        }
        return publicMeetings().stream().filter(m -> meeting.body().equals(m.body()) && m.date() != null && m.date().isAfter(meeting.date()))
                .findFirst().orElse(null);
    }

    /** Meetings in public on or after the build date, soonest first. */
    public List<Meeting> upcomingPublicMeetings() {
        return publicMeetings().stream().filter(m -> m.date() != null && !m.date().isBefore(context.buildDate())).toList();
    }

    /** The calendar file of a body that meets in public (calendar/board.ics), or null. */
    public String calendarOf(String bodyId) {
        return MeetingCalendars.bodies(publicMeetings()).get(bodyId);
    }

    /** Each body that meets in public, by name, with its calendar file. */
    public Map<String, String> calendars() {
        Map<String, String> out = new LinkedHashMap<>();
        MeetingCalendars.bodies(publicMeetings()).forEach((body, file) -> out.put(bodyName(body), file));
        return out;
    }

    public String allMeetingsCalendar() {
        return MeetingCalendars.ALL;
    }

    /** How the public reaches the ICB, or null when the definition does not say. */
    public org.icsdocs.core.model.PublicContact contact() {
        return context.definition().ics().contact();
    }

    /** Papers of meetings in public that their authors supplied as PDF files: published as they came, not made by ics-docs. */
    public long authorPdfPapers() {
        return publicMeetings().stream().flatMap(m -> m.items().stream())
                .filter(i -> i.paper() != null && i.paper().extension().equals("pdf") && (i.privateReason() == null || i.privateReason().isBlank())).count();
    }

    /** The build date in words: the date the statement was prepared and the site last tested. */
    public String buildDate() {
        return DATE.format(context.buildDate());
    }

    /** The releases of the checking tools the project's tests ran: axe-core, the Nu checker, veraPDF. */
    public Map<String, String> testingTools() {
        return TestingTools.VERSIONS;
    }

    /**
     * The templates and assets this project supplies in place of, or beside, the built-in ones:
     * ics-docs's tests cover the pages and documents its built-in templates make, so the
     * accessibility statement names what they do not cover.
     */
    public List<String> projectTemplates() {
        return context.templates().projectFiles();
    }

    public List<Meeting> publicMeetings() {
        return publicMeetings(context);
    }

    static List<Meeting> publicMeetings(RenderContext context) {
        List<Meeting> out = new ArrayList<>(context.definition().meetings().stream().filter(Meeting::isPublic).toList());
        out.sort(Comparator.comparing(Meeting::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Meeting::id));
        return out;
    }

    /** Public meetings grouped by body (by name) and then by year, newest year first. */
    public Map<String, Map<String, List<Meeting>>> meetingsByBodyAndYear() {
        Map<String, Map<String, List<Meeting>>> out = new TreeMap<>();
        for (Meeting m : publicMeetings()) {
            String year = m.date() == null ? "Undated" : String.valueOf(m.date().getYear());
            out.computeIfAbsent(bodyName(m.body()), k -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(year, k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    public List<Meeting> publicMeetingsOf(String bodyId) {
        return publicMeetings().stream().filter(m -> bodyId.equals(m.body())).toList();
    }
}
