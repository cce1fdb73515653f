package org.icsdocs.core.model;

@Doc("A conflict of interest declared in a decision to award a contract, and how it was managed (PSR-003).")
public record AwardConflict(
        @Required @Ref(RefKind.PERSON) @Doc("Who declared it.") String person,
        @Doc("The interest, in a phrase, e.g. non-executive director of the provider.") String interest,
        @Required @Doc("How it was managed, e.g. left the meeting for the item and took no part in the decision.") String management,
        Span at) {
}
