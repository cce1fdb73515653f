package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A key policy the ICB publishes, with when and by whom it was approved and when it is due for review (POL-001).")
public record Policy(
        @Required String id,
        @Required String title,
        @Doc("What the policy covers, in a sentence.") String summary,
        @Ref(RefKind.BODY) @Doc("The board or committee that approved it.") String approvedBy,
        LocalDate approvedOn,
        @Required @Doc("The day it is due for review.") LocalDate reviewDue,
        @Doc("Where the policy is published, if not on this site.") String url,
        Boolean illustrative,
        Span at) {
}
