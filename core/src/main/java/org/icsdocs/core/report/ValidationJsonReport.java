package org.icsdocs.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.validate.JustifiedFinding;

/**
 * {@code validation.json}: every finding with its rule, severity, place, message and hint, and
 * every justified departure with its reason. Holds no times or absolute paths, so it is the same
 * for the same definition wherever it is built.
 */
public final class ValidationJsonReport {

    private final ReportJson json = new ReportJson();

    public byte[] render(ValidationFindings outcome) {
        ObjectNode root = json.object();
        ObjectNode summary = root.putObject("summary");
        for (Severity s : Severity.values()) {
            summary.put(s.label(), outcome.count(s));
        }
        summary.put("justified", outcome.justified().size());
        summary.put("files", outcome.filesRead());
        summary.put("rulesRan", outcome.rulesRan());
        root.put("asAt", outcome.asAt().toString());
        outcome.scenario().ifPresent(sc -> {
            ObjectNode scenario = root.putObject("scenario");
            scenario.put("id", sc.regime().scenarioId());
            scenario.put("title", sc.regime().title());
            scenario.put("commencement", sc.commencement().toString());
        });
        ArrayNode findings = root.putArray("findings");
        outcome.diagnostics().forEach(d -> findings.add(finding(d)));
        ArrayNode justified = root.putArray("justified");
        for (JustifiedFinding j : outcome.justified()) {
            ObjectNode n = finding(j.finding());
            n.put("justification", j.justification().reason());
            justified.add(n);
        }
        return json.bytes(root);
    }

    private ObjectNode finding(Diagnostic d) {
        ObjectNode n = json.object();
        n.put("rule", d.ruleId());
        n.put("severity", d.severity().label());
        n.put("file", d.location().file());
        n.put("line", d.location().line());
        n.put("column", d.location().column());
        n.put("message", d.message());
        n.put("hint", d.hint());
        n.put("source", d.rule().source());
        n.put("provisional", d.rule().provisional());
        if (d.subject() != null) {
            n.put("subject", d.subject());
        }
        return n;
    }
}
