package org.icsdocs.core.site;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.MeetingStatus;
import org.icsdocs.core.render.RenderContext;

/**
 * Meeting calendars people can subscribe to (iCalendar, RFC 5545): one per body that meets in
 * public ({@code calendar/<body>.ics}) and one with every meeting held in public
 * ({@code calendar/meetings.ics}). Written with biweekly. Times are the meetings' local times in
 * England, written in UTC so no time-zone definition is needed; the stamp is the build date, so
 * the files are the same on every build of the same definition.
 */
final class MeetingCalendars {

    static final String FOLDER = "calendar/";
    static final String ALL = FOLDER + "meetings.ics";

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** Meetings with no start time are shown from 09:00 for an hour, rather than as all-day events that hide the date's business. */
    private static final LocalTime UNKNOWN_START = LocalTime.of(9, 0);

    private MeetingCalendars() {
    }

    /** The file of each body's calendar, by body id, in the order the bodies first meet. */
    static Map<String, String> bodies(List<Meeting> publicMeetings) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Meeting m : publicMeetings) {
            if (m.body() != null) {
                out.putIfAbsent(m.body(), FOLDER + m.body() + ".ics");
            }
        }
        return out;
    }

    static SortedMap<String, byte[]> files(RenderContext context, SiteInfo site, SiteView view) {
        List<Meeting> meetings = view.publicMeetings();
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(ALL, calendar(site.organisation() + ": meetings held in public", meetings, context, site, view));
        bodies(meetings).forEach((body, file) -> files.put(file, calendar(view.bodyName(body) + ": meetings held in public",
                meetings.stream().filter(m -> body.equals(m.body())).toList(), context, site, view)));
        return files;
    }

    private static byte[] calendar(String name, List<Meeting> meetings, RenderContext context, SiteInfo site, SiteView view) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//ics-docs//" + site.organisation() + "//EN");
        ical.setMethod(Method.publish());
        ical.setName(name);
        ical.setDescription("Dates, times and places of the meetings held in public, with their papers.");
        Date stamp = Date.from(context.buildDate().atStartOfDay(ENGLAND).toInstant());
        for (Meeting m : meetings) {
            if (m.date() == null) {
                continue;
            }
            VEvent event = new VEvent();
            event.setUid(m.id() + "@" + context.definition().ics().id() + ".ics-docs");
            event.setDateTimeStamp(stamp);
            LocalTime start = m.start() != null ? m.start() : UNKNOWN_START;
            LocalTime end = m.end() != null && m.end().isAfter(start) ? m.end() : start.plusHours(1);
            event.setDateStart(Date.from(ZonedDateTime.of(m.date(), start, ENGLAND).toInstant()), true);
            event.setDateEnd(Date.from(ZonedDateTime.of(m.date(), end, ENGLAND).toInstant()), true);
            // A meeting that will not take place stays in the calendar, marked so (RFC 5545 3.8.1.11):
            // subscribers see it struck out rather than silently gone. A postponed meeting is cancelled
            // on its first date; its new date, once set, is a meeting of its own in the definition.
            MeetingStatus status = m.effectiveStatus();
            String title = MeetingPages.title(m, view);
            if (status == MeetingStatus.CANCELLED) {
                event.setStatus(Status.cancelled());
                event.setSummary("Cancelled: " + title);
            } else if (status == MeetingStatus.POSTPONED) {
                event.setStatus(Status.cancelled());
                event.setSummary("Postponed" + (m.postponedTo() == null ? "" : " to " + view.date(m.postponedTo())) + ": " + title);
            } else {
                event.setStatus(Status.confirmed());
                event.setSummary(title);
            }
            if (m.venue() != null && !m.venue().isBlank()) {
                event.setLocation(m.venue());
            }
            String page = "meetings/" + m.id() + "/index.html";
            event.setDescription("Agenda and papers: " + (site.baseUrl().isEmpty() ? page : site.baseUrl() + page));
            if (!site.baseUrl().isEmpty()) {
                event.setUrl(site.baseUrl() + page);
            }
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go().getBytes(StandardCharsets.UTF_8);
    }
}
