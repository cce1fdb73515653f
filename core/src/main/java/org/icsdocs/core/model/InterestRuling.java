package org.icsdocs.core.model;

@Doc("A member with a declared interest whom the chair allowed to take part in a decision, and why (REC-003).")
public record InterestRuling(
        @Required @Ref(RefKind.PERSON) String person,
        @Required @Doc("The chair's reason, as minuted, e.g. the interest is not affected by the decision.") String reason,
        Span at) {
}
