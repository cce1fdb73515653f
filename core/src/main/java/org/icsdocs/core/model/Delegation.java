package org.icsdocs.core.model;

@Doc("A delegation of a function from one body to another body or to an officer.")
public record Delegation(
        @Required @Doc("Short id used in references.") String id,
        @Required @Ref(RefKind.FUNCTION) String function,
        @Required @Ref(RefKind.BODY) String from,
        @Ref(RefKind.BODY) @Doc("The body it is delegated to.") String to,
        @Ref(RefKind.PERSON) @Doc("Or the officer it is delegated to.") String officer,
        Money financialLimit,
        @Ref(RefKind.BODY) String reportsTo,
        @Doc("The delegation agreement or instrument, by name.") String agreement,
        @Doc("Conditions or limits on the delegation.") String conditions,
        Span at) {
}
