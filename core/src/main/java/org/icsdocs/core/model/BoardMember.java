package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("A seat on the board and who holds it.")
public record BoardMember(
        @Required @Ref(RefKind.PERSON) String person,
        @Required @Doc("The seat held.") BoardRole role,
        @Doc("Title as printed, e.g. Chief Nurse; defaults to the role.") String title,
        @Doc("Whether the member is independent (non-executive, not from a partner organisation).") Boolean independent,
        @Doc("Whether the member votes (default yes; participants do not).") Boolean voting,
        @Doc("For a partner member: the sector that nominated them.") PartnerSector partnerSector,
        @Ref(RefKind.ORGANISATION) @Doc("Organisations that nominated the member.") List<String> nominatedBy,
        @Ref(RefKind.ORGANISATION) @Doc("Organisation that appointed the member (NHS England for the chair; the ICB for others).") String appointedBy,
        @Doc("Date of appointment.") LocalDate appointedOn,
        @Ref(RefKind.ORGANISATION) @Doc("Organisation whose approval the appointment needed (NHS England for the chief executive).") String approvedBy,
        @Doc("First day of the term of office.") LocalDate termStart,
        @Doc("Last day of the term of office.") LocalDate termEnd,
        @Doc("Deputy chair of the board.") Boolean deputyChair,
        @Doc("Senior independent member.") Boolean seniorIndependentMember,
        @Doc("For a partner member: brings the sector's perspective, not acting as its delegate (COI-003).") Boolean perspectiveNotDelegate,
        @Doc("Fit and proper persons check and eligibility (BRD-010).") FitAndProperCheck fitAndProper,
        @Doc("Declaration against the disqualification criteria (BRD-014).") DisqualificationDeclaration disqualification,
        Span at) {

    public BoardMember {
        nominatedBy = nominatedBy == null ? List.of() : List.copyOf(nominatedBy);
    }

    public boolean isVoting() {
        return voting == null ? role != BoardRole.PARTICIPANT : voting;
    }

    public boolean isDeputyChair() {
        return Boolean.TRUE.equals(deputyChair);
    }

    public boolean isSeniorIndependentMember() {
        return Boolean.TRUE.equals(seniorIndependentMember);
    }

    public boolean isIndependent() {
        return independent != null ? independent : role.isNonExecutive();
    }

    public String displayTitle() {
        return title != null ? title : role.label();
    }
}
