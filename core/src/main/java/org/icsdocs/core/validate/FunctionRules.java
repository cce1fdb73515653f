package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** FDM: the functions-and-decision map: accountability and delegation. */
public final class FunctionRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.FDM_001, Rule.FDM_002, Rule.FDM_003, Rule.FDM_004, Rule.FDM_005, Rule.FDM_006);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
