package org.icsdocs.core.model;

import java.util.List;

@Doc("A pooled budget with local authorities (section 75, Better Care Fund).")
public record PooledBudget(
        @Required @Doc("Short id used in references.") String id,
        @Required @Doc("The pooled budget's name as published.") String name,
        @Required PooledBudgetKind kind,
        @Ref(RefKind.ORGANISATION) List<String> partners,
        @Ref(RefKind.ORGANISATION) @Doc("The host organisation.") String host,
        @Ref(RefKind.PLACE) String place,
        Money amount,
        @Doc("What the pooled budget is for.") String purpose,
        Span at) {

    public PooledBudget {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }
}
