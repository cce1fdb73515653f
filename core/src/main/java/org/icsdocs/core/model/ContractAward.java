package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("A decision to award a contract for health care services under the Provider Selection Regime, as the record reg 24 requires.")
public record ContractAward(
        @Required @Doc("Short id used in references.") String id,
        @Required @Doc("The services contracted for.") String services,
        @Ref(RefKind.ORGANISATION) @Doc("The provider awarded the contract.") String provider,
        @Doc("The process followed.") AwardProcess process,
        @Required @Doc("The day the decision was made.") LocalDate decidedOn,
        @Ref(RefKind.BODY) @Doc("The body that decided.") String decidedBy,
        @Ref(RefKind.PERSON) @Doc("The individuals who made the decision.") List<String> decisionMakers,
        @Doc("Direct award C, most suitable provider or competitive process: how the key criteria and basic selection criteria were taken into account.") String criteriaConsidered,
        @Doc("How conflicts of interest were managed, in general.") String conflictsManaged,
        @Doc("The contract's value over its term, e.g. £12m.") Money value,
        @Ref(RefKind.DECISION_CATEGORY) @Doc("The category of the scheme of reservation and delegation the decision was taken under (PSR-005).") String authority,
        @Doc("Each conflict of interest declared in the decision, and how it was managed (PSR-003).") List<AwardConflict> conflicts,
        @Doc("The day the contract was awarded, after any standstill period; the decision day if not given.") LocalDate awardedOn,
        @Doc("The day the notice of the award was published (PSR-004: within 30 days of the award).") LocalDate noticePublishedOn,
        @Doc("Where the notice is published.") String noticeUrl,
        @Doc("True where this award is illustrative rather than sourced.") Boolean illustrative,
        Span at) {

    /** The day the 30 days for the award's notice run from: the award, or the decision when the award's day is not recorded. */
    public LocalDate awardDay() {
        return awardedOn != null ? awardedOn : decidedOn;
    }

    public ContractAward {
        decisionMakers = decisionMakers == null ? List.of() : List.copyOf(decisionMakers);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
