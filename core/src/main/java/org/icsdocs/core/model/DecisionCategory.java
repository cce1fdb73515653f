package org.icsdocs.core.model;

import java.util.List;

/**
 * A row of the scheme of reservation and delegation: a kind of decision, reserved to the board or
 * held by the bodies and officer roles listed, each up to its limit.
 */
@Doc("A category of decision in the scheme of reservation and delegation, and who may take it.")
public record DecisionCategory(
        @Required @Doc("Short id that functions, resolutions and awards refer to, e.g. psr-direct-award.") String id,
        @Required @Doc("The decision as the scheme prints it.") String name,
        @Required @Doc("Which category of the catalogue it is (SOD-004).") DecisionKind kind,
        @Doc("What the category covers, in words, as the scheme prints it.") String description,
        @Doc("Reserved to the board: only the board decides it.") Boolean reserved,
        @Ref(RefKind.ROLE) @Doc("The officer role that leads on it and brings it to the decision-maker, e.g. the accountable emergency officer.") String lead,
        @Doc("Who may decide it, lowest limit first.") List<DelegationEntry> holders,
        @Doc("The law it rests on, e.g. NHS Act 2006 s14Z52.") String statutorySource,
        @Doc("Where the scheme or standing financial instructions grant it.") String source,
        @Doc("True where the category or its limits are illustrative.") Boolean illustrative,
        Span at) {

    public DecisionCategory {
        holders = holders == null ? List.of() : List.copyOf(holders);
    }

    public boolean isReserved() {
        return Boolean.TRUE.equals(reserved);
    }
}
