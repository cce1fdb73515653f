package org.icsdocs.core.transition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.jsoup.nodes.Entities;

/**
 * {@code transition.json} for tools and {@code transition.html} for the governance team: each
 * finding the bill's commencement brings or takes away, with its rule, the bill's provision, the
 * definition's file and line, the document section it affects and the change to make.
 */
public final class TransitionReport {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public byte[] json(Transition t) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("id", t.scenario().regime().scenarioId());
        scenario.put("title", t.scenario().regime().title());
        scenario.put("commencement", t.scenario().commencement().toString());
        scenario.put("provisional", true);
        root.put("today", t.today().toString());
        root.put("appearing", t.appearing());
        root.put("disappearing", t.disappearing());
        ArrayNode changes = root.putArray("changes");
        for (Change c : t.changes()) {
            Diagnostic d = c.finding();
            ObjectNode n = changes.addObject();
            n.put("change", c.appears() ? "appears" : "disappears");
            n.put("cause", c.byBill() ? "bill" : "date");
            n.put("rule", d.ruleId());
            n.put("severity", d.severity().label());
            n.put("provisional", d.rule().provisional());
            n.put("source", d.rule().source());
            n.put("file", d.location().file());
            n.put("line", d.location().line());
            n.put("column", d.location().column());
            n.put("message", d.message());
            n.put("affects", c.affects());
            n.put("action", c.action());
        }
        try {
            return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] html(Transition t) {
        String title = "What changes if the " + t.scenario().regime().title() + " commences on " + t.scenario().commencement();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>body{font-family:Arial,sans-serif;margin:2rem;max-width:80rem;color:#212b32;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #768692;padding:.4rem;text-align:left;vertical-align:top}td:first-child{white-space:nowrap}td.where{overflow-wrap:anywhere;min-width:9rem}")
                .append("th{background:#e8edee}.appears{font-weight:bold}caption{text-align:left;font-weight:bold;margin:.5rem 0}</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>").append(esc(title)).append("</h1>\n")
                .append("<p>This report validates the definition on ").append(t.scenario().commencement())
                .append(" twice, under the law in force and assuming the bill has commenced as introduced, and lists what the bill changes. ")
                .append("Every finding that rests on the bill is provisional: the bill may be amended before it becomes law. ")
                .append("The last table lists what changes between ").append(t.today()).append(" and that date whatever the bill, such as meetings that will have taken place.</p>\n")
                .append("<p>The bill brings ").append(t.appearing()).append(" findings and takes away ").append(t.disappearing()).append(".</p>\n");
        section(out, t, c -> c.byBill() && c.appears(), "Findings the bill brings");
        section(out, t, c -> c.byBill() && !c.appears(), "Findings that no longer apply once the bill commences");
        section(out, t, c -> !c.byBill(), "Changes by " + t.scenario().commencement() + " whatever the bill");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder out, Transition t, java.util.function.Predicate<Change> which, String caption) {
        out.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Rule</th><th scope=\"col\">Rests on</th><th scope=\"col\">Where in the definition</th>")
                .append("<th scope=\"col\">Finding</th><th scope=\"col\">Document affected</th><th scope=\"col\">Change to make</th></tr></thead>\n<tbody>\n");
        boolean any = false;
        for (Change c : t.changes()) {
            if (!which.test(c)) {
                continue;
            }
            any = true;
            Diagnostic d = c.finding();
            out.append("<tr><td>").append(esc(d.ruleId())).append(" (").append(esc(d.severity().label())).append(")</td><td>")
                    .append(esc(restsOn(d))).append("</td><td class=\"where\">").append(esc(d.location().toString())).append("</td><td>")
                    .append(esc(d.message())).append("</td><td>").append(esc(c.affects())).append("</td><td>")
                    .append(esc(c.action())).append("</td></tr>\n");
        }
        if (!any) {
            out.append("<tr><td colspan=\"6\">None.</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** The bill's provision alone where the caption already names the bill. */
    private static String restsOn(Diagnostic d) {
        return d.rule().sources().stream()
                .map(s -> d.rule().provisional() && !s.provision().isEmpty() ? s.provision() : s.citation())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
