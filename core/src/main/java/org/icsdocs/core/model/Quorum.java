package org.icsdocs.core.model;

import java.util.List;

@Doc("What makes a meeting quorate.")
public record Quorum(
        @Required @Doc("Number of voting members who must be present.") Integer members,
        @Doc("Kinds of member who must be among them.") List<QuorumRequirement> including,
        Span at) {

    public Quorum {
        including = including == null ? List.of() : List.copyOf(including);
    }
}
