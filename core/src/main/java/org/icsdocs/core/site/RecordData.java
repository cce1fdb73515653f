package org.icsdocs.core.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsdocs.core.model.BetweenMeetingsDecision;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.model.Resolution;
import org.icsdocs.core.model.ResolutionOutcome;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * The record of meetings as open data: {@code data/decisions.csv} (the decisions register), and
 * {@code data/popolo.json}, the bodies, posts, people, memberships, meetings (events), motions and
 * votes in the Popolo specification's JSON (popoloproject.com), which civic tools such as
 * Councilmatic and the Open Civic Data scrapers read. Only meetings held in public are included.
 */
final class RecordData {

    static final String DECISIONS = "data/decisions.csv";
    static final String POPOLO = "data/popolo.json";

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private RecordData() {
    }

    static Map<String, byte[]> files(RenderContext context) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(DECISIONS, decisionsCsv(context).getBytes(StandardCharsets.UTF_8));
        out.put(POPOLO, popolo(context));
        return out;
    }

    private static List<Meeting> publicMeetings(RenderContext context) {
        return SiteView.publicMeetings(context);
    }

    // decisions.csv ---------------------------------------------------------------------------

    static String decisionsCsv(RenderContext context) {
        DefinitionIndex ix = context.index();
        AuthorityText authority = new AuthorityText(context.definition(), context.index());
        String base = SiteInfo.base(context.definition().ics().website());
        List<List<String>> rows = new ArrayList<>();
        for (Meeting m : publicMeetings(context)) {
            for (Meeting.Resolved r : m.resolutions()) {
                Resolution res = r.resolution();
                rows.add(row(str(m.date()), ix.bodyName(m.body()), m.id(), m.numberOf(r.item()) + " " + r.item().title(), res.number(),
                        res.wording().strip(), res.outcome().label(), res.byConsensus() ? "consensus" : "vote",
                        res.votes() == null ? null : str(res.votes().inFavour()), res.votes() == null ? null : str(res.votes().against()),
                        res.votes() == null ? null : str(res.votes().abstained()), names(res.withdrew(), ix), res.category(),
                        res.amount() == null ? null : res.amount().pounds().toPlainString(), authority.of(m.body(), res.category(), res.amount()),
                        "at the meeting", null, base + "meetings/" + m.id() + "/index.html"));
            }
        }
        for (BetweenMeetingsDecision d : context.definition().decisionsBetweenMeetings()) {
            rows.add(row(str(d.date()), ix.bodyName(d.body()), null, null, null, d.wording().strip(), ResolutionOutcome.APPROVED.label(),
                    d.kind().label().toLowerCase(java.util.Locale.ROOT), null, null, null, "", d.category(),
                    d.amount() == null ? null : d.amount().pounds().toPlainString(), authority.of(d.body(), d.category(), d.amount()),
                    "between meetings, under standing order " + d.standingOrder() + ", by " + names(d.takenBy(), ix), d.ratifiedAt(),
                    d.ratifiedAt() == null ? null : base + "meetings/" + d.ratifiedAt() + "/index.html"));
        }
        StringBuilder csv = new StringBuilder();
        // identifiers only in the columns named *_id (the keys that join the files) and the page in page_url
        line(csv, List.of("date", "body", "meeting_id", "item", "resolution", "wording", "outcome", "taken_by", "votes_for", "votes_against",
                "votes_abstaining", "withdrew_for_conflict", "scheme_category_id", "amount_pounds", "authority", "how_taken", "ratified_at_meeting_id", "page_url"));
        rows.forEach(r -> line(csv, r));
        return csv.toString();
    }

    private static String names(List<String> people, DefinitionIndex ix) {
        return String.join("; ", people.stream().map(ix::personName).toList());
    }

    private static List<String> row(String... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted; lines end CRLF. */
    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            out.append(c.matches("(?s).*[\",\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        out.append("\r\n");
    }

    // popolo.json -----------------------------------------------------------------------------

    static byte[] popolo(RenderContext context) {
        Definition d = context.definition();
        DefinitionIndex ix = context.index();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode persons = root.putArray("persons");
        ArrayNode organizations = root.putArray("organizations");
        ArrayNode posts = root.putArray("posts");
        ArrayNode memberships = root.putArray("memberships");
        ArrayNode events = root.putArray("events");
        ArrayNode motions = root.putArray("motions");
        ArrayNode voteEvents = root.putArray("vote_events");
        Set<String> people = new LinkedHashSet<>();

        String icb = d.ics().icb();
        ObjectNode icbNode = organizations.addObject();
        icbNode.put("id", icb);
        icbNode.put("name", ix.organisationName(icb));
        icbNode.put("classification", "integrated care board");
        String board = d.board().id();
        ObjectNode boardNode = organizations.addObject();
        boardNode.put("id", board);
        boardNode.put("name", ix.bodyName(board));
        boardNode.put("classification", "board");
        boardNode.put("parent_id", icb);
        for (BoardMember m : d.board().members()) {
            String post = board + "/" + m.person();
            ObjectNode p = posts.addObject();
            p.put("id", post);
            p.put("label", m.displayTitle());
            p.put("role", m.role().label());
            p.put("organization_id", board);
            ObjectNode ms = memberships.addObject();
            ms.put("id", "membership/" + post);
            ms.put("person_id", m.person());
            ms.put("organization_id", board);
            ms.put("post_id", post);
            ms.put("role", m.role().label());
            if (m.termStart() != null) {
                ms.put("start_date", m.termStart().toString());
            }
            if (m.termEnd() != null) {
                ms.put("end_date", m.termEnd().toString());
            }
            people.add(m.person());
        }
        for (Committee c : d.committees()) {
            ObjectNode o = organizations.addObject();
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("classification", "committee");
            o.put("parent_id", c.reportsTo() == null ? board : c.reportsTo());
            for (DefinitionIndex.BodyMember m : ix.membersOf(c.id())) {
                String post = c.id() + "/" + m.person();
                ObjectNode p = posts.addObject();
                p.put("id", post);
                p.put("label", m.role());
                p.put("organization_id", c.id());
                ObjectNode ms = memberships.addObject();
                ms.put("id", "membership/" + post);
                ms.put("person_id", m.person());
                ms.put("organization_id", c.id());
                ms.put("post_id", post);
                ms.put("role", m.role());
                people.add(m.person());
            }
        }
        for (Meeting m : publicMeetings(context)) {
            ObjectNode e = events.addObject();
            e.put("id", m.id());
            e.put("name", m.title() == null ? ix.bodyName(m.body()) : m.title());
            e.put("classification", "meeting");
            e.put("organization_id", m.body());
            if (m.date() != null) {
                e.put("start_date", dateTime(m.date(), m.start()));
                if (m.end() != null) {
                    e.put("end_date", dateTime(m.date(), m.end()));
                }
            }
            // Open Civic Data's event statuses
            e.put("status", switch (m.effectiveStatus()) {
                case HELD -> "passed";
                case SCHEDULED -> "confirmed";
                case CANCELLED, POSTPONED -> "cancelled";
            });
            if (m.venue() != null) {
                e.put("location", m.venue());
            }
            // Popolo's attendees are people: those present or in attendance (apologies are in the minutes)
            ArrayNode attendees = e.putArray("attendees");
            m.attendance().stream()
                    .filter(a -> a.status() == org.icsdocs.core.model.AttendanceStatus.PRESENT || a.status() == org.icsdocs.core.model.AttendanceStatus.IN_ATTENDANCE)
                    .forEach(a -> {
                        ObjectNode at = attendees.addObject();
                        at.put("id", a.person());
                        at.put("name", ix.personName(a.person()));
                        people.add(a.person());
                    });
            for (Meeting.Resolved r : m.resolutions()) {
                Resolution res = r.resolution();
                String motion = m.id() + "/" + (res.number() == null ? m.numberOf(r.item()) : res.number());
                ObjectNode mo = motions.addObject();
                mo.put("id", motion);
                mo.put("organization_id", m.body());
                mo.put("legislative_session_id", m.id());
                mo.put("text", res.wording().strip());
                if (res.number() != null) {
                    mo.put("identifier", res.number());
                }
                mo.put("classification", r.item().purpose() == null ? "resolution" : r.item().purpose().label().toLowerCase(java.util.Locale.ROOT));
                if (m.date() != null) {
                    mo.put("date", dateTime(m.date(), m.start() == null ? LocalTime.NOON : m.start()));
                }
                mo.put("result", res.outcome().label());
                if (res.votes() != null || !res.withdrew().isEmpty()) {
                    ObjectNode ve = voteEvents.addObject();
                    ve.put("id", motion + "/vote");
                    ve.put("organization_id", m.body());
                    ve.put("legislative_session_id", m.id());
                    ve.put("motion_id", motion);
                    if (m.date() != null) {
                        ve.put("start_date", dateTime(m.date(), m.start() == null ? LocalTime.NOON : m.start()));
                    }
                    ve.put("result", res.outcome().decides() && res.outcome() != ResolutionOutcome.DECLINED ? "pass" : "fail");
                    ArrayNode counts = ve.putArray("counts");
                    if (res.votes() != null) {
                        count(counts, "yes", res.votes().inFavour());
                        count(counts, "no", res.votes().against());
                        count(counts, "abstain", res.votes().abstained());
                    }
                    // members who withdrew for a conflict of interest took no part: Popolo's "not voting"
                    ArrayNode votes = ve.putArray("votes");
                    for (String p : res.withdrew()) {
                        ObjectNode v = votes.addObject();
                        v.put("voter_id", p);
                        v.put("option", "not voting");
                        v.put("role", "withdrew for a conflict of interest");
                        people.add(p);
                    }
                }
            }
        }
        for (String id : people) {
            Person p = ix.person(id).orElse(null);
            ObjectNode n = persons.addObject();
            n.put("id", id);
            n.put("name", p == null ? id : p.displayName());
            if (p != null && p.honorific() != null) {
                n.put("honorific_prefix", p.honorific());
            }
        }
        try {
            return mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void count(ArrayNode counts, String option, Integer value) {
        ObjectNode c = counts.addObject();
        c.put("option", option);
        c.put("value", value == null ? 0 : value);
    }

    /** ISO 8601 with the offset in England, as Popolo's date pattern and format take it. */
    private static String dateTime(LocalDate date, LocalTime time) {
        return time == null ? date.toString() : ZonedDateTime.of(date, time, ENGLAND).toOffsetDateTime().withNano(0).toString()
                .replaceFirst("T(\\d\\d:\\d\\d)([+\\-]|Z)", "T$1:00$2");
    }
}
