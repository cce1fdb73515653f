package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** CTE: the board's committees and their terms of reference. */
public final class CommitteeRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CTE_001, Rule.CTE_002, Rule.CTE_003, Rule.CTE_004, Rule.CTE_005, Rule.CTE_006);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
