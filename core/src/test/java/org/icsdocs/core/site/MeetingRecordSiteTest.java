package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The record of meetings as the example's site publishes it: the decisions register, meeting
 * pages, open data (decisions CSV, Popolo JSON checked against the Popolo schemas) and the
 * calendars and schema.org events of cancelled and postponed meetings.
 */
class MeetingRecordSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> POPOLO_SCHEMAS = Map.of("persons", "person", "organizations", "organization",
            "posts", "post", "memberships", "membership", "events", "event", "motions", "motion", "vote_events", "vote_event");

    private static Document page(String path) throws IOException {
        return Jsoup.parse(ExampleSite.folder().resolve(path).toFile(), "UTF-8");
    }

    // Popolo ----------------------------------------------------------------------------------

    /**
     * The Popolo schemas (JSON Schema draft 3) as draft 4, which the validator implements: a
     * property's {@code "required": true} becomes its parent's {@code required} list; the rest of
     * these files means the same in both drafts. Each is registered under its own id, so every
     * {@code $ref} resolves to the copy in the test resources, never to the network.
     */
    private static SchemaRegistry popoloRegistry() throws IOException {
        Map<String, String> schemas = new HashMap<>();
        for (String name : List.of("area", "contact_detail", "count", "event", "group_result", "identifier", "link", "membership",
                "motion", "organization", "other_name", "person", "post", "speech", "vote", "vote_event")) {
            try (InputStream in = MeetingRecordSiteTest.class.getResourceAsStream("/popolo/" + name + ".json")) {
                ObjectNode schema = (ObjectNode) JSON.readTree(in);
                toDraft4(schema);
                String text = JSON.writeValueAsString(schema);
                schemas.put("http://www.popoloproject.com/schemas/" + name + ".json", text);
            }
        }
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> b.schemas(schemas));
    }

    private static void toDraft4(ObjectNode schema) {
        schema.put("$schema", "http://json-schema.org/draft-04/schema#");
        convertRequired(schema);
    }

    private static void convertRequired(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.get("properties") instanceof ObjectNode props) {
                List<String> required = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (p.getValue() instanceof ObjectNode po && po.path("required").isBoolean()) {
                        if (po.get("required").asBoolean()) {
                            required.add(p.getKey());
                        }
                        po.remove("required");
                    }
                }
                if (!required.isEmpty()) {
                    ArrayNode list = o.putArray("required");
                    required.forEach(list::add);
                }
            }
            o.elements().forEachRemaining(MeetingRecordSiteTest::convertRequired);
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(MeetingRecordSiteTest::convertRequired);
        }
    }

    private static Schema popolo(SchemaRegistry registry, String name) {
        return registry.getSchema(SchemaLocation.of("http://www.popoloproject.com/schemas/" + name + ".json"));
    }

    @Test
    void popoloJsonValidatesAgainstThePopoloSchemas() throws IOException {
        JsonNode data = JSON.readTree(ExampleSite.folder().resolve("data/popolo.json").toFile());
        SchemaRegistry registry = popoloRegistry();
        List<String> errors = new ArrayList<>();
        POPOLO_SCHEMAS.forEach((array, schema) -> {
            assertThat(data.path(array).size()).as(array).isPositive();
            Schema s = popolo(registry, schema);
            for (JsonNode item : data.path(array)) {
                for (Error e : s.validate(item.toString(), InputFormat.JSON)) {
                    errors.add(array + " " + item.path("id").asText() + ": " + e.getMessage());
                }
            }
        });
        assertThat(errors).isEmpty();
    }

    @Test
    void thePopoloCheckRejectsAMotionWhoseDateIsNotText() throws IOException {
        List<Error> errors = popolo(popoloRegistry(), "motion").validate("{\"id\": \"m\", \"date\": 20260910, \"text\": [\"not text\"]}", InputFormat.JSON);
        assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
        List<Error> countErrors = popolo(popoloRegistry(), "count").validate("{\"value\": 3}", InputFormat.JSON);
        assertThat(countErrors).as("draft 3's required option, converted").isNotEmpty();
    }

    @Test
    void popoloRecordsAVoteWithItsCountsAndTheMembersWhoWithdrew() throws IOException {
        JsonNode data = JSON.readTree(ExampleSite.folder().resolve("data/popolo.json").toFile());
        JsonNode vote = null;
        for (JsonNode v : data.path("vote_events")) {
            if (v.path("motion_id").asText().equals("board-2026-09-10/R26/16")) {
                vote = v;
            }
        }
        assertThat(vote).isNotNull();
        assertThat(vote.path("counts").toString()).contains("\"option\":\"yes\",\"value\":10", "\"option\":\"no\",\"value\":0");
        assertThat(vote.path("votes").findValuesAsText("voter_id")).containsExactlyInAnyOrder("pm-kcc", "pm-medway");
        assertThat(vote.path("votes").findValuesAsText("option")).containsOnly("not voting");
        assertThat(data.path("events").findValuesAsText("id")).doesNotContain("board-2026-11-05-private", "audit-2026-10-15");
    }

    // Decisions CSV ---------------------------------------------------------------------------

    @Test
    void decisionsCsvHasEveryPublicDecisionAndTheChairsAction() throws IOException {
        List<String> lines = Files.readAllLines(ExampleSite.folder().resolve("data/decisions.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("date,body,meeting_id,item,resolution,wording,outcome,taken_by,votes_for");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2026-09-10,NHS Kent and Medway Board,board-2026-09-10,5.1 Better Care Fund")
                .contains(",R26/16,", ",vote,10,0,0,Joanna Kettleby; Dr Nadia Fairbrother,delegation-agreements,226000000,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2026-04-24,NHS Kent and Medway Board,,,,")
                .contains("chair's action", "board-2026-05-14"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("community diagnostic centre"));
    }

    // Register and meeting pages --------------------------------------------------------------

    @Test
    void theRegisterLinksADecisionToItsMeetingPaperMinutesAndAuthority() throws IOException {
        Document register = page("meetings/decisions.html");
        Element row = register.select("tr").stream().filter(r -> r.text().contains("R26/16")).findFirst().orElseThrow();
        assertThat(row.select("a").eachAttr("href")).contains("../meetings/board-2026-09-10/index.html", "../meetings/board-2026-09-10/5.1.html",
                "../meetings/board-2026-09-10/minutes.html", "../scheme-of-delegation.html#decision-delegation-agreements",
                "../meetings/board-2026-09-10/index.html#agenda-5-1");
        // the authority links to the category's own entry in the scheme, a matter reserved to the board here
        Element entry = page("scheme-of-delegation.html").getElementById("decision-delegation-agreements");
        assertThat(entry).as("the scheme's entry for delegation agreements").isNotNull();
        assertThat(entry.closest("#reserved")).as("among the matters reserved to the board").isNotNull();
        assertThat(row.text()).contains("Approved", "By vote: 10 for, 0 against, 0 abstaining", "withdrew for a conflict of interest: Joanna Kettleby, Dr Nadia Fairbrother",
                "reserved to the board");
        Element chairsAction = register.select("tr").stream().filter(r -> r.text().startsWith("24 April 2026")).findFirst().orElseThrow();
        assertThat(chairsAction.text()).contains("Chair's action by Harriet Quayle, Imogen Calloway", "ratified at the meeting on 14 May 2026");
        Document committee = page("meetings/decisions/primary-care.html");
        assertThat(committee.select("tbody tr")).hasSize(4).allSatisfy(r -> assertThat(r.text()).contains("Primary Care Commissioning Committee"));
        assertThat(committee.text()).contains("held by Primary Care Commissioning Committee, up to £25m");
    }

    @Test
    void aHeldMeetingsPageShowsItsRecord() throws IOException {
        Document meeting = page("meetings/board-2026-09-10/index.html");
        String text = meeting.text();
        assertThat(text).contains("Status Held", "Present Harriet Quayle", "Apologies Tomasz Wrenley; Gareth Mallinder",
                "R26/14", "withdrew for a conflict of interest: Dr Owain Thackeray", "Questions from the public",
                "Answer: The primary care access plan", "Answered at the meeting");
        assertThat(meeting.select("a[href=https://www.example.org/kent-and-medway/board-recordings/2026-09-10]")).hasSize(1);
        assertThat(meeting.select("a[href=minutes.html], a[href=../../meetings/board-2026-09-10/minutes.html]")).isNotEmpty();
        // the asker is named only with consent
        assertThat(text).contains("from Pat Hollingbury (illustrative)");
        assertThat(meeting.select("h3:contains(3 September 2026)").text()).doesNotContain("from");
    }

    @Test
    void approvedMinutesSayWhereTheyWereApproved() throws IOException {
        assertThat(page("meetings/board-2026-07-09/minutes.html").text()).contains("Approved at the meeting on 10 September 2026");
        assertThat(page("meetings/board-2026-09-10/minutes.html").text()).contains("Draft: to be approved at the next meeting");
    }

    @Test
    void theActionTrackerFollowsAnActionToTheMeetingThatClosedIt() throws IOException {
        Element row = page("meetings/actions.html").select("tr").stream().filter(r -> r.text().startsWith("A1")).findFirst().orElseThrow();
        assertThat(row.text()).contains("Agreed at the meeting on 12 March 2026", "Chief Medical Director", "Closed at the meeting on 10 September 2026",
                "2 September 2026: Measures agreed");
    }

    @Test
    void attendanceCountsEachMembersMeetingsInTheYear() throws IOException {
        Element row = page("meetings/attendance.html").select("tr").stream().filter(r -> r.text().startsWith("Tomasz Wrenley")).findFirst().orElseThrow();
        assertThat(row.select("td").eachText()).containsExactly("Independent Non-Executive Member (Audit and Finance)", "4", "3", "1", "75%");
    }

    // Cancelled and postponed meetings --------------------------------------------------------

    @Test
    void calendarsParseAndMarkCancelledAndPostponedMeetings() throws Exception {
        Path calendars = ExampleSite.folder().resolve("calendar");
        List<Path> files;
        try (var list = Files.list(calendars)) {
            files = list.toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        Map<String, VEvent> events = new HashMap<>();
        for (Path file : files) {
            Calendar cal = new CalendarBuilder().build(new StringReader(Files.readString(file)));
            cal.validate();
            for (VEvent e : cal.<VEvent>getComponents("VEVENT")) {
                events.put(e.getUid().orElseThrow().getValue(), e);
            }
        }
        VEvent cancelled = event(events, "board-2026-01-15");
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSummary().getValue()).startsWith("Cancelled: ");
        VEvent postponed = event(events, "pccc-2026-12-17");
        assertThat(postponed.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(postponed.getSummary().getValue()).startsWith("Postponed to 14 January 2027: ");
        assertThat(event(events, "board-2026-09-10").getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    private static VEvent event(Map<String, VEvent> events, String meeting) {
        return events.entrySet().stream().filter(e -> e.getKey().startsWith(meeting + "@")).map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    @Test
    void meetingPagesTellSearchEnginesWhenAMeetingIsCancelledOrMoved() throws IOException {
        assertThat(eventLd("board-2026-01-15").path("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
        JsonNode moved = eventLd("pccc-2026-12-17");
        assertThat(moved.path("eventStatus").asText()).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(moved.path("startDate").asText()).startsWith("2027-01-14T14:00");
        assertThat(moved.path("previousStartDate").asText()).startsWith("2026-12-17T14:00");
        assertThat(eventLd("board-2026-09-10").path("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(page("meetings/pccc-2026-12-17/index.html").text()).contains("Postponed to 14 January 2027");
    }

    private static JsonNode eventLd(String meeting) throws IOException {
        Element script = page("meetings/" + meeting + "/index.html").selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        return JSON.readTree(script.data());
    }
}
