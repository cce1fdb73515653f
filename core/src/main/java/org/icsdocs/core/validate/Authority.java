package org.icsdocs.core.validate;

import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.Span;

/**
 * REC-001: whether the body that took a decision could take it, by the scheme of reservation and
 * delegation. Filled in from the scheme when the definition has one.
 */
final class Authority {

    private Authority() {
    }

    static Authority of(RuleInput in) {
        return new Authority();
    }

    void check(String body, String category, Money amount, Span at, String subject, String what, Findings out) {
        // the scheme's categories and limits are checked here once the scheme is in the model
    }
}
