package org.icsdocs.core.model;

import java.util.List;

@Doc("A pooled budget with local authorities (section 75, Better Care Fund).")
public record PooledBudget(
        @Required String id,
        @Required String name,
        @Required PooledBudgetKind kind,
        @Ref(RefKind.ORGANISATION) List<String> partners,
        @Ref(RefKind.ORGANISATION) @Doc("The host organisation.") String host,
        @Ref(RefKind.PLACE) String place,
        Money amount,
        String purpose,
        Span at) {

    public PooledBudget {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }
}
