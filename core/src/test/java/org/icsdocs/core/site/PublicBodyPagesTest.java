package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The pages a public body must or would publish, on the example site: statement, attendance, calendars, next meeting, exclusion. */
class PublicBodyPagesTest {

    private static Document page(String path) throws IOException {
        return Jsoup.parse(ExampleSite.folder().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theCalendarsParseAndListEveryMeetingHeldInPublicAtItsLocalTime() throws IOException {
        Path site = ExampleSite.folder();
        List<ICalendar> all = Biweekly.parse(Files.readString(site.resolve("calendar/meetings.ics"))).all();
        assertThat(all).hasSize(1);
        List<VEvent> events = all.get(0).getEvents();
        assertThat(events).extracting(e -> e.getSummary().getValue())
                .containsExactly("Cancelled: Board meeting held in public, 15 January 2026", "Board meeting held in public, 12 March 2026",
                        "Board meeting held in public, 14 May 2026", "Board meeting held in public, 9 July 2026",
                        "Primary Care Commissioning Committee meeting held in public, 20 August 2026",
                        "Board meeting held in public, 10 September 2026",
                        "Primary Care Commissioning Committee meeting held in public, 22 October 2026",
                        "Board meeting held in public, 5 November 2026",
                        "Postponed to 14 January 2027: Primary Care Commissioning Committee meeting held in public, 17 December 2026");
        // 10:00 in Maidstone on 5 November is 10:00 UTC; on 10 September (summer time) it is 09:00 UTC
        assertThat(events.get(7).getDateStart().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 11, 5, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant());
        assertThat(events.get(5).getDateStart().getValue().toInstant().toString()).isEqualTo("2026-09-10T09:00:00Z");
        ICalendar board = Biweekly.parse(Files.readString(site.resolve("calendar/board.ics"))).first();
        assertThat(board.getEvents()).hasSize(6);
        assertThat(Files.readString(site.resolve("calendar/meetings.ics"))).doesNotContain("audit-2026-10-15");
    }

    @Test
    void theMeetingsPagesLinkTheCalendarsAndHowToAttend() throws IOException {
        Document meetings = page("meetings/index.html");
        assertThat(meetings.select("a[href=../calendar/meetings.ics]")).isNotEmpty();
        assertThat(meetings.select("a[href=../calendar/board.ics]")).isNotEmpty();
        assertThat(meetings.select("a[href=../attend.html]")).isNotEmpty();
        assertThat(page("meetings/board-2026-09-10/index.html").select("a[href=../../calendar/board.ics]")).isNotEmpty();
    }

    @Test
    void aMeetingPageGivesTheDateOfTheBodysNextMeetingInPublic() throws IOException {
        assertThat(page("meetings/board-2026-09-10/index.html").text()).contains("Next meeting held in public: 5 November 2026");
        assertThat(page("meetings/board-2026-11-05/index.html").text()).doesNotContain("Next meeting held in public");
    }

    @Test
    void anAgendaWithAPrivatePartCarriesTheResolutionExcludingThePublic() throws IOException {
        assertThat(page("meetings/board-2026-11-05/index.html").select(".exclusion-resolution").text())
                .contains("Public Bodies (Admission to Meetings) Act 1960, section 1(2)");
        assertThat(page("meetings/board-2026-09-10/index.html").select(".exclusion-resolution")).isEmpty();
    }

    @Test
    void theAccessibilityStatementGivesContactEnforcementStatusAndTesting() throws IOException {
        String text = page("accessibility.html").text();
        assertThat(text).contains("kmicb.boardquestions@example.org", "Equality and Human Rights Commission",
                "fully compliant with the Web Content Accessibility Guidelines version 2.2", "axe-core " + TestingTools.VERSIONS.get("axe-core"),
                "last built, from those tested templates, on 1 November 2026");
        assertThat(TestingTools.VERSIONS.get("axe-core")).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(page("index.html").select("footer a[href=accessibility.html]")).isNotEmpty();
    }

    @Test
    void theVendoredAxeIsTheReleaseThePomNames() throws IOException {
        try (var in = PublicBodyPagesTest.class.getResourceAsStream("/axe/axe.min.js")) {
            String banner = new String(in.readNBytes(40), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(banner).startsWith("/*! axe v" + TestingTools.VERSIONS.get("axe-core") + "\n");
        }
    }

    @Test
    void attendPageListsTheComingMeetingsAndHowToAskAQuestion() throws IOException {
        String text = page("attend.html").text();
        assertThat(text).contains("5 November 2026, 10:00 to 13:15", "at least 3 working days before the meeting", "01632 960 140");
    }
}
