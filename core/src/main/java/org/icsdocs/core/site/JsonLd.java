package org.icsdocs.core.site;

import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Organisation;

/** schema.org JSON-LD for the organisations: the ICB, with the partner organisations as members of the system. */
final class JsonLd {

    private JsonLd() {
    }

    private static final java.time.ZoneId ENGLAND = java.time.ZoneId.of("Europe/London");

    /**
     * A meeting as a schema.org Event, so search engines show a cancelled or moved meeting as such:
     * eventStatus EventCancelled, EventPostponed (no new date yet) or EventRescheduled (with the
     * new startDate and the previousStartDate), else EventScheduled.
     */
    static String event(org.icsdocs.core.model.Meeting m, String name, String organiser, String base) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode n = mapper.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "Event");
        n.put("name", name);
        java.time.LocalDate date = m.date();
        String status = switch (m.effectiveStatus()) {
            case CANCELLED -> "EventCancelled";
            case POSTPONED -> m.postponedTo() == null ? "EventPostponed" : "EventRescheduled";
            default -> "EventScheduled";
        };
        n.put("eventStatus", "https://schema.org/" + status);
        if (date != null) {
            java.time.LocalDate held = status.equals("EventRescheduled") ? m.postponedTo() : date;
            if (status.equals("EventRescheduled")) {
                n.put("previousStartDate", dateTime(date, m.start()));
            }
            n.put("startDate", dateTime(held, m.start()));
            if (m.end() != null) {
                n.put("endDate", dateTime(held, m.end()));
            }
        }
        n.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        if (m.venue() != null && !m.venue().isBlank()) {
            ObjectNode place = n.putObject("location");
            place.put("@type", "Place");
            place.put("name", m.venue());
            place.put("address", m.venue());
        }
        ObjectNode org = n.putObject("organizer");
        org.put("@type", "GovernmentOrganization");
        org.put("name", organiser);
        if (!base.isEmpty()) {
            n.put("url", base + "meetings/" + m.id() + "/index.html");
        }
        n.put("isAccessibleForFree", true);
        try {
            return mapper.writeValueAsString(n).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A date and time in England as ISO 8601 with its offset; the date alone when no time is known. */
    private static String dateTime(java.time.LocalDate date, java.time.LocalTime time) {
        return time == null ? date.toString() : java.time.ZonedDateTime.of(date, time, ENGLAND).toOffsetDateTime().toString();
    }

    static String of(Definition d, List<Organisation> organisations, String base) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (Organisation o : organisations) {
            ObjectNode n = graph.addObject();
            n.put("@type", o.id().equals(d.ics().icb()) || o.kind().name().contains("LOCAL_AUTHORITY") || o.kind().name().equals("NHS_ENGLAND")
                    ? "GovernmentOrganization" : o.kind().name().contains("TRUST") ? "MedicalOrganization" : "Organization");
            n.put("@id", base + "partners.html#" + o.id());
            n.put("name", o.name());
            if (o.odsCode() != null) {
                n.put("identifier", o.odsCode());
            }
            if (o.website() != null) {
                n.put("url", o.website());
            }
            if (o.id().equals(d.ics().icb())) {
                if (d.ics().area() != null) {
                    n.put("areaServed", d.ics().area());
                }
                ArrayNode members = n.putArray("member");
                organisations.stream().filter(p -> !p.id().equals(o.id()))
                        .forEach(p -> members.addObject().put("@id", base + "partners.html#" + p.id()));
            }
        }
        try {
            // "</" cannot appear inside a script element: escape the solidus
            return mapper.writeValueAsString(root).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
