package org.icsdocs.core.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.Pcn;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * The structure of the system as open data under {@code data/}: one JSON file with everything and
 * one CSV file per table (organisations, board, committees, places, PCNs), UTF-8, RFC 4180.
 */
final class OpenData {

    /** The files and how the documents page describes them, in the order it lists them. */
    static final Map<String, String> FILES = descriptions();

    private OpenData() {
    }

    private static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("data/structure.json", "The whole structure (JSON)");
        m.put("data/organisations.csv", "Organisations (CSV)");
        m.put("data/board.csv", "Board members (CSV)");
        m.put("data/committees.csv", "Committees (CSV)");
        m.put("data/places.csv", "Places (CSV)");
        m.put("data/pcns.csv", "Primary care networks (CSV)");
        m.put("data/gifts-and-hospitality.csv", "Register of gifts and hospitality (CSV)");
        m.put("data/sponsorship.csv", "Register of sponsorship (CSV)");
        m.put("data/procurement-decisions.csv", "Register of procurement decisions (CSV)");
        m.put("data/policies.csv", "Key policies (CSV)");
        m.put(RecordData.DECISIONS, "Decisions of meetings held in public and between meetings (CSV)");
        m.put(RecordData.POPOLO, "Bodies, posts, members, meetings, motions and votes (Popolo JSON)");
        return m;
    }

    static Map<String, byte[]> files(RenderContext context) {
        Definition d = context.definition();
        DefinitionIndex ix = context.index();
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("organisations", new Table(List.of("id", "name", "kind", "ods_code", "website"),
                context.currentOrganisations().stream().map(o -> row(o.id(), o.name(), o.kind().label(), o.odsCode(), o.website())).toList()));
        tables.put("board", new Table(List.of("person", "name", "role", "title", "sector", "voting", "term_start", "term_end"),
                d.board().members().stream().map(m -> board(m, ix)).toList()));
        tables.put("committees", new Table(List.of("id", "name", "kind", "chair", "reports_to", "meets_in_public"),
                d.committees().stream().map(c -> committee(c, ix)).toList()));
        tables.put("places", new Table(List.of("id", "name", "governance_model", "lead", "population"),
                d.places().stream().map(p -> place(p, ix)).toList()));
        tables.put("pcns", new Table(List.of("id", "name", "ods_code", "place", "clinical_director", "practices", "population"),
                d.pcns().stream().map(p -> pcn(p, ix)).toList()));
        tables.putAll(RegisterData.tables(d, ix));
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("data/structure.json", json(d, tables));
        tables.forEach((name, table) -> out.put("data/" + name + ".csv", table.csv().getBytes(StandardCharsets.UTF_8)));
        out.putAll(SchemeData.files(d, ix));
        out.putAll(RecordData.files(context));
        return out;
    }

    private static List<String> board(BoardMember m, DefinitionIndex ix) {
        return row(m.person(), ix.personName(m.person()), m.role().label(), m.displayTitle(),
                m.partnerSector() == null ? null : m.partnerSector().label(), String.valueOf(m.isVoting()), str(m.termStart()), str(m.termEnd()));
    }

    private static List<String> committee(Committee c, DefinitionIndex ix) {
        return row(c.id(), c.name(), c.kind().label(), c.chair() == null ? null : ix.personName(c.chair()),
                c.reportsTo() == null ? null : ix.bodyName(c.reportsTo()), c.meetsInPublic() == null ? null : String.valueOf(c.meetsInPublic()));
    }

    private static List<String> place(Place p, DefinitionIndex ix) {
        return row(p.id(), p.name(), p.governance() == null || p.governance().model() == null ? null : p.governance().model().label(),
                p.lead() == null ? null : ix.personName(p.lead()), str(p.population()));
    }

    private static List<String> pcn(Pcn p, DefinitionIndex ix) {
        return row(p.id(), p.name(), p.odsCode(), p.place() == null ? null : ix.bodyName(p.place()),
                p.clinicalDirector() == null ? null : ix.personName(p.clinicalDirector()), str(p.practices()), str(p.population()));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> row(String... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static byte[] json(Definition d, Map<String, Table> tables) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("system", d.ics().name());
        root.put("icb", d.ics().icb());
        tables.forEach((name, table) -> {
            ArrayNode rows = root.putArray(name);
            for (List<String> r : table.rows()) {
                ObjectNode n = rows.addObject();
                for (int i = 0; i < table.header().size(); i++) {
                    n.put(table.header().get(i), r.get(i));
                }
            }
        });
        try {
            return mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    record Table(List<String> header, List<List<String>> rows) {

        String csv() {
            StringBuilder out = new StringBuilder();
            line(out, header);
            rows.forEach(r -> line(out, r));
            return out.toString();
        }

        private static void line(StringBuilder out, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String c = cells.get(i) == null ? "" : cells.get(i);
                out.append(c.matches(".*[\",\r\n].*") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            out.append("\r\n");
        }
    }
}
