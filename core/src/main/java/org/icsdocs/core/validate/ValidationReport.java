package org.icsdocs.core.validate;

import java.util.List;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;

/** The outcome of validating a definition: open findings, and findings silenced by a justification. */
public record ValidationReport(List<Diagnostic> diagnostics, List<JustifiedFinding> justified) {

    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
        justified = List.copyOf(justified);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasAtLeast(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().atLeast(threshold));
    }

    /** The justified departures from one rule, for the page or section that concerns it. */
    public List<JustifiedFinding> departuresFrom(String ruleId) {
        return justified.stream().filter(j -> j.finding().ruleId().equals(ruleId)).toList();
    }
}
