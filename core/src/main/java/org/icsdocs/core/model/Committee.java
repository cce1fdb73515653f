package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("A committee, sub-committee or joint committee, with its terms of reference.")
public record Committee(
        @Required String id,
        @Required String name,
        @Required @Doc("Its role; audit and remuneration are statutory.") CommitteeKind kind,
        @Doc("Committee of the board (default), sub-committee or joint committee.") CommitteeType type,
        @Doc("Purpose, as in the terms of reference.") String purpose,
        @Doc("Duties and responsibilities, as in the terms of reference.") List<String> responsibilities,
        @Ref(RefKind.PERSON) String chair,
        @Ref(RefKind.PERSON) String viceChair,
        List<CommitteeMember> members,
        Quorum quorum,
        @Ref(RefKind.BODY) @Doc("Body the committee reports to (usually the board).") String reportsTo,
        @Ref(RefKind.ORGANISATION) @Doc("For a joint committee: the other organisations that established it.") List<String> partners,
        String meetingFrequency,
        @Doc("Whether it meets in public.") Boolean meetsInPublic,
        @Doc("Markdown file with the full terms of reference, if any.") FileRef termsOfReference,
        @Doc("True where the terms of reference give it assurance only, no delegated decisions (SOD-005). By default true for audit and quality committees.") Boolean assuranceOnly,
        @Doc("Date the terms of reference were approved.") LocalDate approvedOn,
        @Doc("Date the terms of reference are due for review.") LocalDate reviewDue,
        Span at) {

    public Committee {
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
        members = members == null ? List.of() : List.copyOf(members);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    public CommitteeType effectiveType() {
        return type == null ? CommitteeType.COMMITTEE : type;
    }

    /** Whether its terms of reference give it assurance only: as written, else so for the audit and quality committees of the model constitution. */
    public boolean isAssuranceOnly() {
        return assuranceOnly != null ? assuranceOnly : kind == CommitteeKind.AUDIT || kind == CommitteeKind.QUALITY;
    }

    public List<CommitteeMember> votingMembers() {
        return members.stream().filter(CommitteeMember::isVoting).toList();
    }
}
