package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** DIG: digital and data. */
public final class DigitalRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DIG_001);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
