package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** FIN: allocation, delegated and pooled budgets, investment standards. */
public final class FinanceRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.FIN_001, Rule.FIN_002, Rule.FIN_003);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
