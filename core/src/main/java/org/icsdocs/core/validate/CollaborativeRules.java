package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** PCL: provider collaboratives. */
public final class CollaborativeRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.PCL_001, Rule.PCL_002, Rule.PCL_003, Rule.PCL_004);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
