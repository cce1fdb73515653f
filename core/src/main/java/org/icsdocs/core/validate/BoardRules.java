package org.icsdocs.core.validate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.LegalRegime;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Board;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CommitteeKind;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Expertise;
import org.icsdocs.core.model.PartnerSector;
import org.icsdocs.core.model.Partnership;
import org.icsdocs.core.model.PartnershipMember;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.model.StatutoryRole;

/**
 * BRD: the ICB board's composition, appointments and declarations. This class checks the board
 * as a whole (who must sit on it); {@link BoardSeatRules} checks where each member comes from
 * and how they were appointed.
 */
public final class BoardRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.BRD_001, Rule.BRD_002, Rule.BRD_003, Rule.BRD_004, Rule.BRD_005, Rule.BRD_006, Rule.BRD_007, Rule.BRD_008, Rule.BRD_009, Rule.BRD_010, Rule.BRD_011, Rule.BRD_012, Rule.BRD_013, Rule.BRD_014, Rule.BRD_015, Rule.BRD_016, Rule.BRD_017, Rule.BRD_018);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Board board = in.definition().board();
        if (board == null) {
            return;
        }
        chair(board, in.index(), out);
        independentMembers(board, out);
        executives(board, out);
        partnerSectors(board, in.index(), !clause21Commenced(in.context()), out);
        nonExecutiveMajority(board, out);
        publicHealth(in.definition(), board, in.index(), out);
        deputyAndSeniorIndependent(board, in.definition(), in.index(), out);
        mentalHealth(board, in.index(), out);
        new BoardSeatRules(in, out).check(board);
        termsWithinConstitution(board, in.definition(), in.index(), out);
    }

    // BRD-018 ------------------------------------------------------------------------------

    /**
     * A member's recorded term against the one the constitution sets for the role: the term
     * from 1 July 2022 may end on 30 June 2026 for four years, not later.
     */
    private static void termsWithinConstitution(Board board, Definition definition, DefinitionIndex index, Findings out) {
        if (definition.constitution() == null) {
            return;
        }
        for (org.icsdocs.core.model.TermOfOffice term : definition.constitution().termsOfOffice()) {
            if (term.role() == null || term.years() == null) {
                continue;
            }
            for (BoardMember m : board.withRole(term.role())) {
                if (m.termStart() == null || m.termEnd() == null) {
                    continue;
                }
                java.time.LocalDate latest = m.termStart().plusYears(term.years()).minusDays(1);
                if (m.termEnd().isAfter(latest)) {
                    long months = java.time.temporal.ChronoUnit.MONTHS.between(m.termStart(), m.termEnd().plusDays(1));
                    out.report(Rule.BRD_018, m.at().of("termEnd"), m.person(), index.personName(m.person()) + "'s term of office as "
                                    + lowerFirst(m.displayTitle()) + " runs from " + m.termStart() + " to " + m.termEnd() + " (" + length(months)
                                    + "), longer than the " + term.years() + " year" + (term.years() == 1 ? "" : "s")
                                    + " the constitution sets for the role of " + lowerFirst(term.role().label()),
                            "End the term on " + latest + " or earlier, or vary the constitution's terms-of-office for the role (set at "
                                    + (term.at() == null ? "the constitution's terms-of-office" : term.at().at().toString()) + ").");
                }
            }
        }
    }

    private static String length(long months) {
        long years = months / 12;
        long rest = months % 12;
        String y = years + " year" + (years == 1 ? "" : "s");
        return rest == 0 ? y : y + " and " + rest + " month" + (rest == 1 ? "" : "s");
    }

    // BRD-001 ------------------------------------------------------------------------------

    private static void chair(Board board, DefinitionIndex index, Findings out) {
        List<BoardMember> chairs = board.withRole(BoardRole.CHAIR);
        if (chairs.isEmpty()) {
            out.report(Rule.BRD_001, membersKey(board), null, "The board has no chair",
                    "Add a member with 'role: chair'; the chair is independent and appointed by NHS England.");
        }
        for (BoardMember extra : chairs.stream().skip(1).toList()) {
            out.report(Rule.BRD_001, extra.at().of("role"), extra.person(), "The board has " + chairs.size()
                    + " chairs: " + index.personName(extra.person()) + " is a second chair besides " + index.personName(chairs.get(0).person()),
                    "The board has exactly one chair; give the others another role (e.g. independent-non-executive with 'deputy-chair: true').");
        }
        for (BoardMember chair : chairs) {
            if (!chair.isIndependent()) {
                out.report(Rule.BRD_001, chair.at().of("independent"), chair.person(),
                        "The chair, " + index.personName(chair.person()) + ", is recorded as not independent",
                        "The chair must be an independent non-executive; appoint an independent chair or correct 'independent:'.");
            }
        }
    }

    // BRD-002 ------------------------------------------------------------------------------

    private static final int MIN_INDEPENDENT_MEMBERS = 2;

    private static void independentMembers(Board board, Findings out) {
        List<BoardMember> named = board.withRole(BoardRole.INDEPENDENT_NON_EXECUTIVE);
        long independent = named.stream().filter(BoardMember::isIndependent).count();
        if (independent < MIN_INDEPENDENT_MEMBERS) {
            String notIndependent = named.size() > independent
                    ? " (" + (named.size() - independent) + " more in that role " + (named.size() - independent == 1 ? "is" : "are") + " marked not independent)"
                    : "";
            out.report(Rule.BRD_002, membersKey(board), null, "The board has " + independent
                            + " independent non-executive member" + (independent == 1 ? "" : "s") + " besides the chair; at least "
                            + MIN_INDEPENDENT_MEMBERS + " are required" + notIndependent,
                    "Add members with 'role: independent-non-executive' who hold no post in a partner organisation.");
        }
    }

    // BRD-003, BRD-004 ---------------------------------------------------------------------

    private static void executives(Board board, Findings out) {
        if (board.withRole(BoardRole.CHIEF_EXECUTIVE).isEmpty()) {
            out.report(Rule.BRD_003, membersKey(board), null, "The board has no chief executive",
                    "Add a member with 'role: chief-executive': the accountable officer for the ICB's allocations.");
        }
        for (BoardRole role : List.of(BoardRole.DIRECTOR_OF_FINANCE, BoardRole.MEDICAL_DIRECTOR, BoardRole.DIRECTOR_OF_NURSING)) {
            if (board.withRole(role).isEmpty()) {
                out.report(Rule.BRD_004, membersKey(board), null, "The board has no " + lowerFirst(role.label()),
                        "Add a member with 'role: " + role.key() + "'; the board's executives include a director of finance, "
                                + "a medical director and a director of nursing.");
            }
        }
    }

    // BRD-005 ------------------------------------------------------------------------------

    private static final int MIN_PARTNER_MEMBERS = 3;

    /**
     * Whether the scenario assumes the Health Bill in force: its clause 21 (HBL-008) removes the local
     * authority partner member, so BRD-005 then asks for partner members of the other two sectors only.
     */
    private static boolean clause21Commenced(ValidationContext context) {
        return context.scenario().filter(s -> s.regime() == LegalRegime.HEALTH_BILL_2026 && s.commencedBy(context.asOf())).isPresent();
    }

    private static void partnerSectors(Board board, DefinitionIndex index, boolean localAuthoritySeat, Findings out) {
        List<BoardMember> partners = board.withRole(BoardRole.PARTNER_MEMBER);
        if (partners.size() < MIN_PARTNER_MEMBERS) {
            out.report(Rule.BRD_005, membersKey(board), null, "The board has " + partners.size() + " partner member"
                            + (partners.size() == 1 ? "" : "s") + "; at least " + MIN_PARTNER_MEMBERS + " are required",
                    "Add partner members nominated by NHS trusts, by providers of primary medical services and by local authorities.");
        }
        Set<PartnerSector> covered = EnumSet.noneOf(PartnerSector.class);
        for (BoardMember partner : partners) {
            if (partner.partnerSector() == null) {
                out.report(Rule.BRD_005, partner.at().of("role"), partner.person(), "Partner member "
                                + index.personName(partner.person()) + " does not record the sector that nominated them",
                        "Add 'partner-sector:' (nhs-trusts, primary-medical-services or local-authority).");
            } else {
                covered.add(partner.partnerSector());
            }
        }
        for (PartnerSector sector : PartnerSector.values()) {
            if (!covered.contains(sector) && (localAuthoritySeat || sector != PartnerSector.LOCAL_AUTHORITY)) {
                out.report(Rule.BRD_005, membersKey(board), null, "No partner member is nominated by " + nominators(sector),
                        "Add a member with 'role: partner-member' and 'partner-sector: " + sector.key() + "'.");
            }
        }
    }

    private static String nominators(PartnerSector sector) {
        return switch (sector) {
            case NHS_TRUSTS -> "the NHS trusts and foundation trusts that provide services in the area";
            case PRIMARY_MEDICAL_SERVICES -> "the providers of primary medical services in the area";
            case LOCAL_AUTHORITY -> "the local authorities whose area is in the ICB's area";
        };
    }

    // BRD-011 ------------------------------------------------------------------------------

    private static void nonExecutiveMajority(Board board, Findings out) {
        List<BoardMember> voting = board.voting();
        long nonExecutives = voting.stream().filter(m -> m.role() != null && m.role().isNonExecutive()).count();
        if (!voting.isEmpty() && nonExecutives * 2 <= voting.size()) {
            out.report(Rule.BRD_011, membersKey(board), null, "Non-executives (the chair and independent members) are "
                            + nonExecutives + " of the board's " + voting.size() + " voting members, not a majority",
                    "Consider more independent non-executive members, or record a justification for the board's composition.");
        }
    }

    // BRD-012 ------------------------------------------------------------------------------

    private static void publicHealth(Definition d, Board board, DefinitionIndex index, Findings out) {
        Stream<String> onBoard = board.members().stream().map(BoardMember::person);
        Stream<String> onCommittees = d.committees().stream().flatMap(BoardRules::committeePeople);
        Partnership icp = d.icp();
        Stream<String> inIcp = icp == null ? Stream.empty()
                : Stream.concat(Stream.of(icp.chair()), icp.members().stream().map(PartnershipMember::person));
        boolean hasRole = Stream.of(onBoard, onCommittees, inIcp).flatMap(s -> s)
                .anyMatch(id -> index.person(id).map(p -> p.holds(StatutoryRole.DIRECTOR_OF_PUBLIC_HEALTH)).orElse(false));
        if (!hasRole) {
            List<String> directors = d.people().stream().filter(p -> p.holds(StatutoryRole.DIRECTOR_OF_PUBLIC_HEALTH))
                    .map(Person::displayName).toList();
            String who = directors.isEmpty() ? "" : " (" + String.join(", ", directors) + " holds the role but sits on none of them)";
            out.report(Rule.BRD_012, membersKey(board), null,
                    "No director of public health has an official role on the board, a committee or the ICP" + who,
                    "Name a director of public health (statutory-roles: [director-of-public-health]) as a member of the board, a committee or the ICP.");
        }
    }

    private static Stream<String> committeePeople(Committee c) {
        return Stream.concat(Stream.of(c.chair(), c.viceChair()), c.members().stream().map(m -> m.person()));
    }

    // BRD-013 ------------------------------------------------------------------------------

    private static void deputyAndSeniorIndependent(Board board, Definition d, DefinitionIndex index, Findings out) {
        List<BoardMember> deputies = board.members().stream().filter(BoardMember::isDeputyChair).toList();
        singleIndependent(board, deputies, "deputy chair", "deputyChair", "deputy-chair", index, out);
        for (BoardMember deputy : deputies) {
            for (Committee audit : index.committeesOfKind(CommitteeKind.AUDIT)) {
                if (audit.chair() != null && audit.chair().equals(deputy.person())) {
                    out.report(Rule.BRD_013, deputy.at().of("deputyChair"), deputy.person(), "The deputy chair, "
                                    + index.personName(deputy.person()) + ", also chairs the " + audit.name(),
                            "Name another independent member as deputy chair, or another chair for the audit committee.");
                }
            }
        }
        List<BoardMember> seniors = board.members().stream().filter(BoardMember::isSeniorIndependentMember).toList();
        singleIndependent(board, seniors, "senior independent member", "seniorIndependentMember", "senior-independent-member", index, out);
    }

    private static void singleIndependent(Board board, List<BoardMember> holders, String office, String component, String key,
                                          DefinitionIndex index, Findings out) {
        if (holders.isEmpty()) {
            out.report(Rule.BRD_013, membersKey(board), null, "No board member is named " + office,
                    "Mark one independent non-executive member with '" + key + ": true'.");
        }
        for (BoardMember extra : holders.stream().skip(1).toList()) {
            out.report(Rule.BRD_013, extra.at().of(component), extra.person(), index.personName(extra.person()) + " is a second "
                    + office + " besides " + index.personName(holders.get(0).person()), "Name exactly one " + office + ".");
        }
        for (BoardMember holder : holders) {
            if (holder.role() != BoardRole.INDEPENDENT_NON_EXECUTIVE) {
                out.report(Rule.BRD_013, holder.at().of(component), holder.person(), "The " + office + ", "
                                + index.personName(holder.person()) + ", is " + article(holder.role()) + ", not an independent non-executive member",
                        "Name an independent non-executive member as " + office + ".");
            }
        }
    }

    // BRD-015 ------------------------------------------------------------------------------

    private static void mentalHealth(Board board, DefinitionIndex index, Findings out) {
        // NHS Act 2006 Sch. 1B para 3(2): an "ordinary member" is any member but the chair and the chief executive.
        boolean present = board.members().stream()
                .filter(m -> m.role() != BoardRole.CHAIR && m.role() != BoardRole.CHIEF_EXECUTIVE)
                .anyMatch(m -> index.person(m.person()).map(p -> p.has(Expertise.MENTAL_HEALTH)).orElse(false));
        if (!present) {
            out.report(Rule.BRD_015, membersKey(board), null, "No ordinary member of the board (a member other than the chair and the chief executive) "
                            + "has knowledge and experience of services for the prevention, diagnosis and treatment of mental illness",
                    "The constitution must provide for such a member (NHS Act 2006 Sch. 1B); record 'expertise: [mental-health]' for the ordinary member who brings it.");
        }
    }

    // ---------------------------------------------------------------------------------------

    /** Where a finding about the board as a whole points: its list of members. */
    static Location membersKey(Board board) {
        return board.at().of("members");
    }

    static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String article(BoardRole role) {
        if (role == null) {
            return "a member without a role";
        }
        String label = lowerFirst(role.label());
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
