package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** COI: declarations of interests and how conflicts are managed. */
public final class InterestRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.COI_001, Rule.COI_002, Rule.COI_003, Rule.COI_004);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
