package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Digital;

/** DIG: digital and data. */
public final class DigitalRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DIG_001);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Digital d = in.definition().digital();
        if (d == null) {
            out.report(Rule.DIG_001, in.index().systemLocation(), null,
                    "No digital and data arrangements are recorded: no senior responsible owner, shared care record or population health management plan",
                    "Add a 'digital:' section with 'sro:', 'shared-care-record:' and 'population-health-management:'.");
            return;
        }
        if (d.sro() == null || d.sro().isBlank()) {
            out.report(Rule.DIG_001, d.at().of("sro"), null, "No senior responsible owner (SRO) is named for digital and data",
                    "Add 'sro:' naming the person, usually an ICB executive.");
        }
        if (d.sharedCareRecord() == null) {
            out.report(Rule.DIG_001, d.at().of("sharedCareRecord"), null, "No shared care record is recorded",
                    "Add 'shared-care-record:' with the record's title and the date it went live.");
        }
        if (d.populationHealthManagement() == null) {
            out.report(Rule.DIG_001, d.at().of("populationHealthManagement"), null, "No plan for population health management is recorded",
                    "Add 'population-health-management:' with the plan's title and date.");
        }
    }
}
