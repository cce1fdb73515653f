package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** BRD: the ICB board's composition, appointments and declarations. */
public final class BoardRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.BRD_001, Rule.BRD_002, Rule.BRD_003, Rule.BRD_004, Rule.BRD_005, Rule.BRD_006, Rule.BRD_007, Rule.BRD_008, Rule.BRD_009, Rule.BRD_010, Rule.BRD_011, Rule.BRD_012, Rule.BRD_013, Rule.BRD_014, Rule.BRD_015, Rule.BRD_016);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
