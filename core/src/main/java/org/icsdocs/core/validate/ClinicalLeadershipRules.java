package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.ClinicalLeadership;
import org.icsdocs.core.model.RefKind;

/** CLD: clinical and care professional leadership. */
public final class ClinicalLeadershipRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CLD_001);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        DefinitionIndex index = in.index();
        ClinicalLeadership cl = in.definition().clinicalLeadership();
        if (cl == null) {
            out.report(Rule.CLD_001, index.systemLocation(), null, "No model of distributed clinical and care professional leadership is recorded",
                    "Add a 'clinical-leadership:' section naming the model, the board as 'signed-off-by' and the date in 'signed-off-on'.");
            return;
        }
        String by = cl.signedOffBy();
        if (by == null || by.isBlank()) {
            out.report(Rule.CLD_001, cl.at().of("signedOffBy"), null, "The clinical and care professional leadership model '" + cl.model() + "' does not say who signed it off",
                    "Add 'signed-off-by:' naming the board, once the board has signed it off.");
        } else if (index.resolves(RefKind.BODY, by) && !index.isBoard(by)) {
            out.report(Rule.CLD_001, cl.at().of("signedOffBy"), null, "The clinical and care professional leadership model '" + cl.model()
                    + "' was signed off by " + index.bodyName(by) + ", not by the board", "Take the model to the board for sign-off and name the board in 'signed-off-by:'.");
        }
        if (cl.signedOffOn() == null) {
            out.report(Rule.CLD_001, cl.at().of("signedOffOn"), null, "The clinical and care professional leadership model '" + cl.model() + "' has no sign-off date",
                    "Add 'signed-off-on:' with the date of the board meeting that signed it off.");
        }
    }
}
