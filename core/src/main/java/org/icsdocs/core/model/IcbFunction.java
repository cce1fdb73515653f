package org.icsdocs.core.model;

import java.util.List;

@Doc("A function or decision on the functions-and-decision map.")
public record IcbFunction(
        @Required @Doc("Reference shown on the map, e.g. F01.") String id,
        @Required String name,
        String description,
        @Required FunctionCategory category,
        @Doc("Which core function of the ICB this is (FDM-001).") CoreFunction coreFunction,
        @Doc("Statutory source, e.g. NHS Act 2006 s14Z52.") String statutorySource,
        @Doc("Reserved to the board (may not be delegated).") Boolean reservedToBoard,
        @Ref(RefKind.BODY) @Doc("The body accountable for it (usually the board).") String accountable,
        @Ref(RefKind.ORGANISATION) @Doc("For a delegated function: the organisation that delegated it (NHS England).") String delegatedBy,
        @Doc("The delegation or joint working agreement.") String agreement,
        @Ref(RefKind.BODY) @Doc("The body that exercises it day to day.") String exercisedBy,
        @Ref(RefKind.ORGANISATION) @Doc("Section 75: the local authority.") String localAuthority,
        @Ref(RefKind.BUDGET) @Doc("Section 75: the pooled budget.") String pooledBudget,
        @Ref(RefKind.PLACE) @Doc("Section 75: the place where it applies.") String place,
        @Ref(RefKind.ORGANISATION) @Doc("Supra-ICS: the partner ICBs.") List<String> partnerIcbs,
        @Doc("Supra-ICS: the joint arrangement.") String jointArrangement,
        Money financialLimit,
        @Ref(RefKind.DECISION_CATEGORY) @Doc("The categories of the scheme of reservation and delegation it is decided under.") List<String> decidedUnder,
        @Ref(RefKind.BODY) @Doc("Body it reports to for assurance.") String reportingRoute,
        Span at) {

    public IcbFunction {
        partnerIcbs = partnerIcbs == null ? List.of() : List.copyOf(partnerIcbs);
        decidedUnder = decidedUnder == null ? List.of() : List.copyOf(decidedUnder);
    }

    public boolean isReserved() {
        return Boolean.TRUE.equals(reservedToBoard);
    }
}
