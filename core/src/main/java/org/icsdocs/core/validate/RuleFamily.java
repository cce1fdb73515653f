package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;

/** One family of rules from the catalogue (BRD, CTE…). Pure: reads the model, reports findings, throws nothing. */
public interface RuleFamily {

    /** The catalogue rules this family implements. */
    Set<Rule> rules();

    void check(RuleInput in, Findings out);
}
