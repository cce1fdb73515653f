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
