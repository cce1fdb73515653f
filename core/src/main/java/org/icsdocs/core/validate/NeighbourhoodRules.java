package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** NBH: primary care networks, the neighbourhood level. */
public final class NeighbourhoodRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.NBH_001, Rule.NBH_002);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
