package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** ICP: the integrated care partnership. */
public final class PartnershipRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.ICP_001, Rule.ICP_002, Rule.ICP_003, Rule.ICP_004, Rule.ICP_005);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
