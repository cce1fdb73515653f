package org.icsdocs.core.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Scenario;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.report.ValidationFindings;
import org.icsdocs.core.validate.JustifiedFinding;

/**
 * The result of validating a definition.
 *
 * @param definition  the definition, when it loaded without errors
 * @param diagnostics every open finding, from loading and from the rules, in file order
 * @param justified   warnings and advice silenced by a recorded justification
 * @param rulesRan    false when loading failed, so the rule checks could not run
 * @param filesRead   how many definition files were read
 * @param elapsed     time taken
 * @param asAt        the date whose law and organisations were applied
 * @param scenario    the bill assumed to have commenced, if any
 */
public record ValidationOutcome(Optional<Definition> definition, List<Diagnostic> diagnostics, List<JustifiedFinding> justified,
                                boolean rulesRan, int filesRead, Duration elapsed, LocalDate asAt, Optional<Scenario> scenario) {

    public ValidationOutcome {
        diagnostics = List.copyOf(diagnostics);
        justified = List.copyOf(justified);
        scenario = scenario == null ? Optional.empty() : scenario;
    }

    /** What the JSON and SARIF reports write. */
    public ValidationFindings findings() {
        return new ValidationFindings(diagnostics, justified, rulesRan, filesRead, asAt, scenario);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** True when any finding is at least as severe as the threshold (the user's ics.failOn). */
    public boolean failsAt(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().atLeast(threshold));
    }

    /** One line: "2 errors, 1 warning, 0 advice (3 justified) in 14 files, as at 2026-11-01". */
    public String summary() {
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + count(Severity.ADVICE) + " advice" + (justified.isEmpty() ? "" : " (" + justified.size() + " justified)")
                + " in " + plural(filesRead, "file") + ", " + law();
    }

    /** "as at 2026-11-01", with the scenario where one is assumed. */
    public String law() {
        return "as at " + asAt + scenario.map(s -> ", assuming the " + s.regime().title() + " commences on " + s.commencement()).orElse("");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
