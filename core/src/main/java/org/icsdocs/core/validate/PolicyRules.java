package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Policy;

/**
 * POL: the key policies an ICB publishes (the class "our policies and procedures" of the ICO's
 * definition document for health bodies, under the Freedom of Information Act 2000 s19), each
 * with the date it was approved and the date it is due for review. A policy past its review date
 * may still be the one in force, so this is a warning: review it, or record the new date.
 */
public final class PolicyRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.POL_001);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        for (Policy p : in.definition().policies()) {
            if (p.reviewDue() != null && p.reviewDue().isBefore(in.context().asOf())) {
                out.report(Rule.POL_001, p.at().of("reviewDue"), p.id(), "The policy '" + p.title() + "' was due for review on " + p.reviewDue(),
                        "Review the policy and record its new 'approved-on:' and 'review-due:' dates.");
            }
        }
    }
}
