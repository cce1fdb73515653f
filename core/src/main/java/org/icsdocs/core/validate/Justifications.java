package org.icsdocs.core.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.model.Justification;

/**
 * Silences warnings and advice the definition departs from on purpose. A justification matches
 * a finding of its rule whose subject it names (or, naming no subject, a system-wide finding).
 * Errors are statutory and cannot be justified (DEF-006); a justification that silences nothing
 * is stale and reported (DEF-007), so reasons never outlive the departures they explain.
 */
final class Justifications {

    private final List<Justification> justifications;

    Justifications(List<Justification> justifications) {
        this.justifications = justifications;
    }

    ValidationReport apply(List<Diagnostic> findings) {
        List<Diagnostic> open = new ArrayList<>();
        List<JustifiedFinding> justified = new ArrayList<>();
        Set<Justification> used = new HashSet<>();
        List<Diagnostic> aboutJustifications = new ArrayList<>();
        List<Justification> usable = new ArrayList<>();
        for (Justification j : justifications) {
            Optional<Rule> rule = Rule.byId(j.rule());
            if (rule.isEmpty()) {
                aboutJustifications.add(new Diagnostic(Rule.DEF_006, j.at().of("rule"),
                        "Justification names '" + j.rule() + "', which is not a rule of the catalogue",
                        "Use a rule ID such as BRD-008, as printed with the warning.", j.subject()));
            } else if (rule.get().severity() == Severity.ERROR) {
                aboutJustifications.add(new Diagnostic(Rule.DEF_006, j.at().of("rule"),
                        rule.get().id() + " is a statutory error and cannot be justified",
                        "Fix the definition instead: " + rule.get().summary(), j.subject()));
            } else {
                usable.add(j);
            }
        }
        for (Diagnostic d : findings) {
            Optional<Justification> match = usable.stream()
                    .filter(j -> Rule.byId(j.rule()).orElseThrow() == d.rule() && Objects.equals(j.subject(), d.subject()))
                    .findFirst();
            if (match.isPresent() && d.severity() != Severity.ERROR) {
                justified.add(new JustifiedFinding(d, match.get()));
                used.add(match.get());
            } else {
                open.add(d);
            }
        }
        for (Justification j : usable) {
            if (!used.contains(j)) {
                aboutJustifications.add(new Diagnostic(Rule.DEF_007, j.at().at(),
                        "Justification for " + j.rule() + (j.subject() == null ? "" : " on '" + j.subject() + "'")
                                + " matches no finding",
                        "Delete it, or correct its rule or subject so it names the finding it explains.", j.subject()));
            }
        }
        open.addAll(aboutJustifications);
        open.sort(Diagnostic.ORDER);
        return new ValidationReport(open, justified);
    }
}
