package org.icsdocs.core.diagnostic;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule catalogue as people read it: {@code docs/RULES.md} is this text, generated and never
 * edited by hand, and {@code ics:rules} prints from the same rules.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Rule catalogue\n\n")
                .append("Every finding ics-docs reports cites one of these rules. IDs never change meaning. A warning or\n")
                .append("advice finding can be silenced for one subject with a `justifications:` entry (`rule`, `subject`,\n")
                .append("`reason`); the reason is printed in the generated documents. Errors cannot be justified.\n\n")
                .append("Each rule belongs to a legal regime and is in force between dates: validation as at a date\n")
                .append("(`ics.asAt`, by default the build date) applies the rules in force on that date. Rules of a bill are\n")
                .append("provisional: they apply only in a scenario that assumes the bill commences on a date\n")
                .append("(`mvn ics:transition -Dics.scenario=health-bill-2026 -Dics.commencement=2027-04-01`), and every message\n")
                .append("they give says so.\n\n")
                .append("This file is generated from `core/src/main/java/org/icsdocs/core/diagnostic/Rule.java` (a test fails when it is\n")
                .append("out of step); `mvn ics:rules` prints the rules in force, `-Dics.rule=BRD-006` one in full.\n\n")
                .append("## Legal regimes\n\n| regime | what it is |\n| --- | --- |\n");
        for (LegalRegime r : LegalRegime.values()) {
            out.append("| `").append(r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).append("` | ").append(r.title())
                    .append(r.provisional() ? "; not in force: scenario `" + r.scenarioId() + "`" : "").append(" |\n");
        }
        String family = "";
        for (Rule r : Rule.values()) {
            if (!r.family().equals(family)) {
                family = r.family();
                out.append("\n## ").append(family).append("\n\n| ID | severity | rule | in force | sources |\n| --- | --- | --- | --- | --- |\n");
            }
            out.append("| ").append(r.id()).append(" | ").append(r.severity().label()).append(" | ")
                    .append(r.provisional() ? "*Provisional.* " : "").append(r.summary())
                    .append(" | ").append(r.inForce().describe()).append(" | ").append(links(r.sources())).append(" |\n");
        }
        return out.toString();
    }

    /** One rule in full, for {@code ics:rules -Dics.rule=…}. */
    public static List<String> describe(Rule r) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(r.id() + " (" + r.severity().label() + (r.provisional() ? ", provisional" : "") + "): " + r.summary());
        lines.add("  regime: " + r.regime().title());
        lines.add("  in force: " + r.inForce().describe());
        for (Source s : r.sources()) {
            lines.add("  source: " + s.citation() + (s.url().isEmpty() ? "" : " <" + s.url() + ">"));
        }
        return lines;
    }

    /** One line per rule: ID, severity, summary and sources. */
    public static String line(Rule r) {
        return r.id() + "  " + r.severity().label() + "  " + r.summary() + "  [" + r.source() + "]";
    }

    private static String links(List<Source> sources) {
        return sources.stream()
                .map(s -> s.url().isEmpty() ? s.citation() : "[" + s.citation() + "](" + s.url() + ")")
                .collect(Collectors.joining("; "));
    }

    public static List<Rule> all() {
        return Arrays.asList(Rule.values());
    }

    /** The rules in force on {@code date}, given the bill a scenario assumes commenced (if any), in catalogue order. */
    public static List<Rule> inForceOn(java.time.LocalDate date, java.util.Optional<Scenario> scenario) {
        return all().stream().filter(r -> r.inForce().appliesOn(date, scenario)).toList();
    }

    /** What {@code ics:rules} prints: a heading, then one line per rule in force on {@code date}. */
    public static List<String> listing(java.time.LocalDate date, java.util.Optional<Scenario> scenario) {
        List<Rule> rules = inForceOn(date, scenario);
        List<String> lines = new java.util.ArrayList<>();
        lines.add(rules.size() + " rules in force on " + date + scenario.map(s -> ", assuming the " + s.regime().title()
                + " commences on " + s.commencement()).orElse("") + " (ID  severity  rule  [sources]):");
        rules.forEach(r -> lines.add(line(r)));
        return lines;
    }

    /** Why an ID names no rule, for a clear error. */
    public static String unknown(String id) {
        String families = all().stream().map(Rule::family).distinct().collect(Collectors.joining(", "));
        return "'" + id + "' is not a rule of the catalogue; IDs look like BRD-006 (families: " + families
                + "); run ics:rules without ics.rule to list them";
    }
}
