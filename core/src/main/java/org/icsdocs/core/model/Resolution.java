package org.icsdocs.core.model;

import java.util.List;

@Doc("A resolution on an agenda item: what the meeting resolved, how, and under which authority (REC-001 to REC-003).")
public record Resolution(
        @Doc("The resolution's number as minuted, e.g. B26/041; unique within the body.") String number,
        @Required @Doc("The words of the resolution, as minuted.") String wording,
        @Required @Doc("approved, approved-with-amendments, noted, deferred or declined.") ResolutionOutcome outcome,
        @Ref(RefKind.DECISION_CATEGORY) @Doc("The decision category in the scheme of reservation and delegation the decision is taken under (REC-001).") String category,
        @Doc("The amount committed, when the decision commits money (REC-001).") Money amount,
        @Doc("The vote, when one was taken; absent means by consensus.") Votes votes,
        @Ref(RefKind.PERSON) @Doc("Members who withdrew from the decision for a conflict of interest (REC-002, REC-003).") List<String> withdrew,
        @Doc("Members with a declared interest whom the chair allowed to take part, with the reason (REC-003).") List<InterestRuling> tookPart,
        Span at) {

    public Resolution {
        withdrew = withdrew == null ? List.of() : List.copyOf(withdrew);
        tookPart = tookPart == null ? List.of() : List.copyOf(tookPart);
    }

    public boolean byConsensus() {
        return votes == null;
    }
}
