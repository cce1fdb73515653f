package org.icsdocs.core.model;

import java.util.List;

@Doc("One of the five place-based governance models and its parts.")
public record PlaceGovernance(
        @Doc("The model (PLC-001).") GovernanceModel model,
        @Ref(RefKind.COMMITTEE) @Doc("Committee model or joint committee model: the ICB committee or joint committee with delegated authority.") String committee,
        @Ref(RefKind.ORGANISATION) @Doc("Joint committee model: the ICB and the statutory providers in it.") List<String> partners,
        @Ref(RefKind.PERSON) @Doc("Director model: the ICB executive with delegated authority.") String director,
        @Ref(RefKind.ORGANISATION) @Doc("Lead provider model: the provider.") String leadProvider,
        @Doc("Lead provider model: the contract.") String contract,
        @Doc("How decisions are taken, in words.") String description,
        Span at) {

    public PlaceGovernance {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }
}
