package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** ENG: working with people and communities. */
public final class EngagementRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.ENG_001, Rule.ENG_002, Rule.ENG_003, Rule.ENG_004);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
