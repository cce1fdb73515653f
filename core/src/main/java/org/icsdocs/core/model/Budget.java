package org.icsdocs.core.model;

@Doc("A budget delegated to a place, collaborative or committee.")
public record Budget(
        @Required String id,
        @Required String name,
        @Ref(RefKind.BODY) @Doc("The body that holds it (FIN-001).") String holder,
        @Required Money amount,
        String purpose,
        Span at) {
}
