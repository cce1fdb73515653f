package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A key policy the ICB publishes, with when and by whom it was approved and when it is due for review (POL-001).")
public record Policy(
        @Required @Doc("Short id of the policy, e.g. conflicts-of-interest.") String id,
        @Required @Doc("The policy's title as published.") String title,
        @Doc("What the policy covers, in a sentence.") String summary,
        @Ref(RefKind.BODY) @Doc("The board or committee that approved it.") String approvedBy,
        @Doc("The day it was approved.") LocalDate approvedOn,
        @Required @Doc("The day it is due for review.") LocalDate reviewDue,
        @Doc("Where the policy is published, if not on this site.") String url,
        @Doc("True where this policy is illustrative rather than sourced.") Boolean illustrative,
        Span at) {
}
