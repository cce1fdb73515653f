package org.icsdocs.core.validate;

import java.util.ArrayList;
import java.util.List;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.work.Workers;

/** Runs every rule family over a definition and applies the definition's justifications. */
public final class Validator {

    private final List<RuleFamily> families;

    public Validator(List<RuleFamily> families) {
        this.families = List.copyOf(families);
    }

    /** The full rule catalogue. */
    public static Validator standard() {
        return new Validator(RuleFamilies.all());
    }

    public ValidationReport validate(Definition definition, ValidationContext context) {
        RuleInput input = new RuleInput(definition, new DefinitionIndex(definition), context);
        // Families read the definition and nothing else, so they run side by side; their findings are sorted below.
        Findings findings = new Findings();
        for (Findings found : Workers.inOrder(families, family -> {
            Findings own = new Findings();
            family.check(input, own);
            return own;
        })) {
            findings.addAll(found);
        }
        // Families report against the whole catalogue; the date (and the scenario) decides which rules are law.
        List<Diagnostic> raw = new ArrayList<>(findings.all().stream()
                .filter(d -> d.rule().inForce().appliesOn(context.asOf(), context.scenario()))
                .toList());
        raw.sort(Diagnostic.ORDER);
        return new Justifications(definition.justifications()).apply(raw);
    }
}
