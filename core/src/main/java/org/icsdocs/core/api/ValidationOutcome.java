package org.icsdocs.core.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.model.Definition;
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
 */
public record ValidationOutcome(Optional<Definition> definition, List<Diagnostic> diagnostics, List<JustifiedFinding> justified,
                                boolean rulesRan, int filesRead, Duration elapsed) {

    public ValidationOutcome {
        diagnostics = List.copyOf(diagnostics);
        justified = List.copyOf(justified);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** True when any finding is at least as severe as the threshold (the user's ics.failOn). */
    public boolean failsAt(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().atLeast(threshold));
    }

    /** One line: "2 errors, 1 warning, 0 advice (3 justified) in 14 files". */
    public String summary() {
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + count(Severity.ADVICE) + " advice" + (justified.isEmpty() ? "" : " (" + justified.size() + " justified)")
                + " in " + plural(filesRead, "file");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
