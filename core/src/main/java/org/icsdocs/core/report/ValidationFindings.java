package org.icsdocs.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Scenario;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.validate.JustifiedFinding;

/**
 * What the reports write of a validation: its findings and the law they were judged under. The
 * reports take this rather than the api's outcome, so that they sit below the api that calls them.
 *
 * @param diagnostics every open finding, in file order
 * @param justified   warnings and advice silenced by a recorded justification
 * @param rulesRan    false when loading failed, so the rule checks could not run
 * @param filesRead   how many definition files were read
 * @param asAt        the date whose law and organisations were applied
 * @param scenario    the bill assumed to have commenced, if any
 */
public record ValidationFindings(List<Diagnostic> diagnostics, List<JustifiedFinding> justified, boolean rulesRan, int filesRead,
                                 LocalDate asAt, Optional<Scenario> scenario) {

    public ValidationFindings {
        diagnostics = List.copyOf(diagnostics);
        justified = List.copyOf(justified);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
