package org.icsdocs.core.model;

@Doc("A budget delegated to a place, collaborative or committee.")
public record Budget(
        @Required @Doc("Short id used in references.") String id,
        @Required @Doc("The budget's name as published.") String name,
        @Ref(RefKind.BODY) @Doc("The body that holds it (FIN-001).") String holder,
        @Required Money amount,
        @Doc("What the budget is for.") String purpose,
        Span at) {
}
