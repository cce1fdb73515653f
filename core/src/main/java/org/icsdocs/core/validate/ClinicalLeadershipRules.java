package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** CLD: clinical and care professional leadership. */
public final class ClinicalLeadershipRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CLD_001);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
