package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** MTG: meetings and board packs. */
public final class MeetingRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.MTG_001, Rule.MTG_002, Rule.MTG_003, Rule.MTG_004);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
