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
        @Doc("How conflicts of interest were managed.") String conflictsManaged,
        @Doc("True where this award is illustrative rather than sourced.") Boolean illustrative,
        Span at) {

    public ContractAward {
        decisionMakers = decisionMakers == null ? List.of() : List.copyOf(decisionMakers);
    }
}
