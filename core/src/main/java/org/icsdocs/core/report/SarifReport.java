package org.icsdocs.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.validate.JustifiedFinding;

/**
 * {@code validation.sarif}: SARIF 2.1.0, which CI systems read to annotate the lines of a pull
 * request. Justified departures are included as suppressed results, with the reason.
 */
public final class SarifReport {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final ReportJson json = new ReportJson();
    private final String toolVersion;

    public SarifReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public byte[] render(ValidationFindings outcome) {
        List<Diagnostic> all = new ArrayList<>(outcome.diagnostics());
        outcome.justified().forEach(j -> all.add(j.finding()));
        Map<Rule, Integer> ruleIndex = new LinkedHashMap<>();
        all.stream().map(Diagnostic::rule).distinct().sorted().forEach(r -> ruleIndex.put(r, ruleIndex.size()));

        ObjectNode root = json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "ics-docs");
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        ruleIndex.keySet().forEach(r -> rules.add(rule(r)));
        run.putObject("properties").put("asAt", outcome.asAt().toString());
        outcome.scenario().ifPresent(sc -> run.withObject("/properties").put("scenario", sc.regime().scenarioId())
                .put("commencement", sc.commencement().toString()));
        ArrayNode results = run.putArray("results");
        outcome.diagnostics().forEach(d -> results.add(result(d, ruleIndex)));
        for (JustifiedFinding j : outcome.justified()) {
            ObjectNode r = result(j.finding(), ruleIndex);
            ObjectNode suppression = r.putArray("suppressions").addObject();
            suppression.put("kind", "inSource");
            suppression.put("justification", j.justification().reason());
            results.add(r);
        }
        return json.bytes(root);
    }

    private ObjectNode rule(Rule r) {
        ObjectNode n = json.object();
        n.put("id", r.id());
        n.putObject("shortDescription").put("text", r.summary());
        n.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode properties = n.putObject("properties");
        properties.put("source", r.source());
        properties.put("regime", r.regime().title());
        properties.put("inForce", r.inForce().describe());
        properties.put("provisional", r.provisional());
        r.sources().stream().map(s -> s.url()).filter(u -> !u.isEmpty()).findFirst().ifPresent(u -> n.put("helpUri", u));
        return n;
    }

    private ObjectNode result(Diagnostic d, Map<Rule, Integer> ruleIndex) {
        ObjectNode n = json.object();
        n.put("ruleId", d.ruleId());
        n.put("ruleIndex", ruleIndex.get(d.rule()));
        n.put("level", level(d.severity()));
        n.putObject("message").put("text", (d.hint().isEmpty() ? d.message() : d.message() + ". " + d.hint()) + " (source: " + d.rule().source() + ")");
        ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", d.location().file());
        if (d.location().line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", d.location().line());
            region.put("startColumn", d.location().column());
        }
        return n;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case ADVICE -> "note";
        };
    }
}
