package org.icsdocs.core.testing;

import java.util.List;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.load.LoadResult;
import org.icsdocs.core.validate.ValidationReport;

/** What a fixture produced when loaded and validated, with lookups tests assert on. */
public record Outcome(LoadResult load, ValidationReport report) {

    /** Open findings of one rule, e.g. {@code findings("CTE-001")}. */
    public List<Diagnostic> findings(String ruleId) {
        return report.diagnostics().stream().filter(d -> d.ruleId().equals(ruleId)).toList();
    }

    /** All open findings. */
    public List<Diagnostic> all() {
        return report.diagnostics();
    }

    /** Findings silenced by a justification, for one rule. */
    public List<Diagnostic> justified(String ruleId) {
        return report.justified().stream().map(j -> j.finding()).filter(d -> d.ruleId().equals(ruleId)).toList();
    }
}
