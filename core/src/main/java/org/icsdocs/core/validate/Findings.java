package org.icsdocs.core.validate;

import java.util.ArrayList;
import java.util.List;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;

/** Collects the findings of one validation run. */
public final class Findings {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * @param subject the id of what the finding is about (person, committee, place…), or null for
     *                the system as a whole; a justification names it to silence this instance
     */
    public void report(Rule rule, Location where, String subject, String message, String hint) {
        String said = rule.provisional() ? "Provisional, under the " + rule.regime().title() + ": " + message : message;
        diagnostics.add(new Diagnostic(rule, where, said, hint, subject));
    }

    /** Adds another run's findings after these, as they were reported. */
    public void addAll(Findings other) {
        diagnostics.addAll(other.diagnostics);
    }

    public List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }
}
