package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A fit and proper persons check.")
public record FitAndProperCheck(
        @Required @Doc("The date of the check.") LocalDate checkedOn,
        @Required CheckOutcome outcome,
        @Doc("Whether the member meets the constitution's eligibility criteria for the role.") Boolean eligibilityMet,
        Span at) {
}
