package org.icsdocs.core.model;

@Doc("A member of a committee.")
public record CommitteeMember(
        @Required @Ref(RefKind.PERSON) String person,
        @Doc("Role on the committee, e.g. independent member.") String role,
        @Doc("Whether the member votes (default yes).") Boolean voting,
        Span at) {

    public boolean isVoting() {
        return voting == null || voting;
    }
}
