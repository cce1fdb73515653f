package org.icsdocs.core.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.SchemeOfDelegation;
import org.icsdocs.core.render.scheme.SchemeView;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * The scheme of reservation and delegation as open data: {@code data/scheme-of-delegation.csv},
 * one line per holder of each decision, and {@code data/scheme-of-delegation.json}, each decision
 * with its holders. Amounts are in whole pounds; words are those the scheme's document prints.
 */
final class SchemeData {

    static final List<String> HEADER = List.of("id", "decision", "category", "reserved_to_board", "holder", "holder_kind",
            "amount", "limit_per_decision", "limit_per_year", "conditions", "sub_delegated_by", "agreement", "statutory_source", "source");

    private SchemeData() {
    }

    static Map<String, byte[]> files(Definition d, DefinitionIndex index) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (d.scheme() == null) {
            return out;
        }
        SchemeView view = new SchemeView(d, index);
        List<List<String>> rows = new ArrayList<>();
        for (SchemeView.Row r : view.rows()) {
            for (SchemeView.Holding h : r.holdings()) {
                rows.add(java.util.Arrays.asList(r.id(), r.name(), r.kind(), String.valueOf(r.reserved()), h.holder(), h.holderKind(), h.band(),
                        plain(h.upToPounds()), plain(h.perYearPounds()), h.conditions(), h.subDelegatedBy(), h.agreement(), r.statutorySource(), r.source()));
            }
        }
        out.put("data/scheme-of-delegation.csv", new OpenData.Table(HEADER, rows).csv().getBytes(StandardCharsets.UTF_8));
        out.put("data/scheme-of-delegation.json", json(d.scheme(), view));
        return out;
    }

    private static byte[] json(SchemeOfDelegation scheme, SchemeView view) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("version", scheme.version());
        root.put("approved_on", scheme.approvedOn() == null ? null : scheme.approvedOn().toString());
        root.put("illustrative", Boolean.TRUE.equals(scheme.illustrative()));
        ArrayNode decisions = root.putArray("decisions");
        for (SchemeView.Row r : view.rows()) {
            ObjectNode n = decisions.addObject();
            n.put("id", r.id());
            n.put("decision", r.name());
            n.put("category", r.kind());
            n.put("reserved_to_board", r.reserved());
            n.put("statutory_source", r.statutorySource());
            n.put("source", r.source());
            ArrayNode holders = n.putArray("holders");
            for (SchemeView.Holding h : r.holdings()) {
                ObjectNode x = holders.addObject();
                x.put("holder", h.holder());
                x.put("holder_kind", h.holderKind());
                x.put("amount", h.band());
                x.put("limit_per_decision", h.upToPounds());
                x.put("limit_per_year", h.perYearPounds());
                x.put("conditions", h.conditions());
                x.put("sub_delegated_by", h.subDelegatedBy());
                x.put("agreement", h.agreement());
            }
        }
        try {
            return mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal pounds) {
        return pounds == null ? null : pounds.toPlainString();
    }
}
