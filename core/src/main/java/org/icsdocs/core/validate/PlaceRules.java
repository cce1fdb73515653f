package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** PLC: place-based partnerships and their governance models. */
public final class PlaceRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.PLC_001, Rule.PLC_002, Rule.PLC_003, Rule.PLC_004, Rule.PLC_005);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        // TODO implement
    }
}
