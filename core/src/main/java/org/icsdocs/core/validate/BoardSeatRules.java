package org.icsdocs.core.validate;

import static org.icsdocs.core.validate.BoardRules.lowerFirst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.load.Names;
import org.icsdocs.core.model.Board;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.CheckOutcome;
import org.icsdocs.core.model.DisqualificationDeclaration;
import org.icsdocs.core.model.FitAndProperCheck;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PartnerSector;
import org.icsdocs.core.model.Pcn;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.model.Position;

/**
 * The BRD rules about each seat: where partner members come from (BRD-006, 007), the
 * independence and employment of members (BRD-008, 009), their checks and declarations
 * (BRD-010, 014), the statutory appointments of the chair and chief executive (BRD-016) and who
 * may nominate each partner member (BRD-017, against {@link EligibleNominators}).
 */
final class BoardSeatRules {

    private final DefinitionIndex index;
    private final Findings out;
    private final LocalDate asOf;
    /** The ICS's own ICB; null when the definition does not name it (STR-001 reports that). */
    private final String icb;
    private final EligibleNominators nominators;

    BoardSeatRules(RuleInput in, Findings out) {
        this.index = in.index();
        this.out = out;
        this.asOf = in.context().asOf();
        this.icb = in.definition().ics() == null ? null : in.definition().ics().icb();
        this.nominators = EligibleNominators.of(in.definition(), asOf);
    }

    void check(Board board) {
        for (BoardMember m : board.members()) {
            Optional<Person> person = index.person(m.person());
            if (m.role() != null && person.isPresent()) {
                if (m.role() == BoardRole.PARTNER_MEMBER && m.partnerSector() != null) {
                    partnerSource(m, person.get());
                    nomination(m, person.get());
                }
                if (m.role().isNonExecutive()) {
                    independence(m, person.get());
                }
                if (m.role().isExecutive()) {
                    employedByIcb(m, person.get());
                }
            }
            fitAndProper(m);
            disqualification(m);
        }
        board.withRole(BoardRole.CHAIR).forEach(this::chairAppointment);
        board.withRole(BoardRole.CHIEF_EXECUTIVE).forEach(this::chiefExecutiveAppointment);
    }

    // BRD-006, BRD-007 ---------------------------------------------------------------------

    private void partnerSource(BoardMember m, Person p) {
        PartnerSector sector = m.partnerSector();
        Rule rule = sector == PartnerSector.LOCAL_AUTHORITY ? Rule.BRD_006 : Rule.BRD_007;
        String who = p.displayName() + ", the " + sectorNoun(sector) + " partner member,";
        Location where = m.at().of("partnerSector");
        if (p.employer() == null) {
            out.report(rule, where, m.person(), who + " records no employer, so cannot be shown to come from "
                    + expected(sector), "Set 'employer:' of " + p.id() + " to the organisation they come from.");
            return;
        }
        Optional<Organisation> employer = index.organisation(p.employer());
        if (employer.isEmpty()) {
            index.pcn(p.employer()).ifPresent(pcn -> out.report(rule, where, m.person(), who + " comes from " + pcn.name()
                    + ", a primary care network, not " + expected(sector), hint(sector)));
            return;
        }
        String problem = sourceProblem(sector, employer.get());
        if (problem != null) {
            out.report(rule, where, m.person(), who + " comes from " + problem, hint(sector));
        }
    }

    /** What is wrong with the organisation a partner member comes from, or null when it fits the sector. */
    private String sourceProblem(PartnerSector sector, Organisation o) {
        OrganisationKind kind = o.kind();
        String kindName = kind == null ? "of no recorded kind" : lowerFirst(kind.label());
        switch (sector) {
            case LOCAL_AUTHORITY -> {
                if (kind != OrganisationKind.LOCAL_AUTHORITY) {
                    return o.name() + " (" + kindName + "), not " + expected(sector);
                }
                if (o.tier() == null) {
                    return o.name() + ", whose tier is not recorded, so its social care responsibility is unknown";
                }
                if (!o.tier().hasSocialCareResponsibility()) {
                    return o.name() + ", a district council, which has no statutory social care responsibility";
                }
                if (!index.isInArea(o)) {
                    return o.name() + ", which is not one of the ICS's local authorities (ics.local-authorities)";
                }
            }
            case NHS_TRUSTS -> {
                if (kind == null || !kind.isTrust()) {
                    return o.name() + " (" + kindName + "), not " + expected(sector);
                }
                if (!o.inArea()) {
                    return o.name() + ", which does not provide services in the ICS's area";
                }
            }
            case PRIMARY_MEDICAL_SERVICES -> {
                if (kind != OrganisationKind.PRIMARY_MEDICAL_SERVICES) {
                    return o.name() + " (" + kindName + "), not " + expected(sector);
                }
                if (!o.inArea()) {
                    return o.name() + ", which does not provide services in the ICS's area";
                }
            }
        }
        return null;
    }

    private static String sectorNoun(PartnerSector sector) {
        return switch (sector) {
            case LOCAL_AUTHORITY -> "local authority";
            case NHS_TRUSTS -> "NHS trust";
            case PRIMARY_MEDICAL_SERVICES -> "primary care";
        };
    }

    private static String expected(PartnerSector sector) {
        return switch (sector) {
            case LOCAL_AUTHORITY -> "a local authority with statutory social care responsibility";
            case NHS_TRUSTS -> "an NHS trust or foundation trust";
            case PRIMARY_MEDICAL_SERVICES -> "a provider of primary medical services";
        };
    }

    private static String hint(PartnerSector sector) {
        return switch (sector) {
            case LOCAL_AUTHORITY -> "The member comes from a county, unitary, metropolitan or London borough council listed in "
                    + "ics.local-authorities; correct their employer or the council's tier.";
            case NHS_TRUSTS -> "The member comes from an NHS trust or foundation trust that provides services in the area; correct their employer.";
            case PRIMARY_MEDICAL_SERVICES -> "The member comes from a provider of primary medical services (e.g. a practice) in the area; correct their employer.";
        };
    }

    // BRD-017 ------------------------------------------------------------------------------

    /** NHS Act 2006 Sch. 1B para 8(2): each partner member is nominated jointly by the eligible bodies of their kind. */
    private void nomination(BoardMember m, Person p) {
        PartnerSector sector = m.partnerSector();
        String who = p.displayName() + ", the " + sectorNoun(sector) + " partner member,";
        Location where = m.at().of("nominatedBy");
        String eligible = eligibleList(sector);
        if (m.nominatedBy().isEmpty()) {
            out.report(Rule.BRD_017, where, m.person(), who + " records no nominating bodies",
                    "Add 'nominated-by:' listing the bodies that jointly nominated them: " + eligible + ".");
            return;
        }
        for (String id : m.nominatedBy()) {
            String problem = nominatorProblem(sector, id);
            if (problem != null) {
                out.report(Rule.BRD_017, where, m.person(), who + " is recorded as nominated by " + problem,
                        "Only " + EligibleNominators.description(sector) + " may nominate this member; here: " + eligible + ".");
            }
        }
    }

    /** Why {@code id} may not nominate a member of the sector, or null if it may (or does not resolve: STR-001's finding). */
    private String nominatorProblem(PartnerSector sector, String id) {
        if (nominators.isEligible(sector, id)) {
            return null;
        }
        Optional<Organisation> org = index.organisation(id);
        if (org.isEmpty()) {
            return index.pcn(id).map(pcn -> pcn.name() + ", a primary care network, which is not an organisation and cannot nominate")
                    .orElse(null);
        }
        Organisation o = org.get();
        if (!o.existsOn(asOf)) {
            return null; // ORG-001 reports an organisation named outside its lifetime
        }
        OrganisationKind kind = o.kind();
        boolean rightKind = switch (sector) {
            case NHS_TRUSTS -> kind != null && kind.isTrust();
            case PRIMARY_MEDICAL_SERVICES -> kind == OrganisationKind.PRIMARY_MEDICAL_SERVICES;
            case LOCAL_AUTHORITY -> kind == OrganisationKind.LOCAL_AUTHORITY;
        };
        if (!rightKind) {
            return o.name() + " (" + (kind == null ? "of no recorded kind" : lowerFirst(kind.label())) + "), not " + nominatorNoun(sector);
        }
        if (sector == PartnerSector.LOCAL_AUTHORITY && o.tier() != null && !o.tier().hasSocialCareResponsibility()) {
            return o.name() + ", a district council, which is not a local authority that may nominate (only councils with social care responsibility may)";
        }
        return o.name() + ", which " + (sector == PartnerSector.LOCAL_AUTHORITY
                ? "is not one of the ICS's local authorities (ics.local-authorities)"
                : "does not provide services in the ICS's area");
    }

    private String eligibleList(PartnerSector sector) {
        List<Organisation> eligible = nominators.forSector(sector);
        return eligible.isEmpty() ? "the definition names none"
                : eligible.stream().map(o -> o.id()).collect(Collectors.joining(", "));
    }

    private static String nominatorNoun(PartnerSector sector) {
        return switch (sector) {
            case LOCAL_AUTHORITY -> "a local authority";
            case NHS_TRUSTS -> "an NHS trust or foundation trust";
            case PRIMARY_MEDICAL_SERVICES -> "a provider of primary medical services";
        };
    }

    // BRD-008 ------------------------------------------------------------------------------

    private void independence(BoardMember m, Person p) {
        Set<String> reported = new HashSet<>();
        for (Position position : p.positions()) {
            boolean current = position.to() == null || !position.to().isBefore(asOf);
            Optional<String> org = healthAndCareInFootprint(position.organisation());
            if (current && org.isPresent()) {
                reported.add(position.organisation());
                out.report(Rule.BRD_008, position.at().of("organisation"), p.id(), describe(m, p) + " holds a position ("
                        + position.role() + ") at " + org.get() + ", a health and care organisation in the ICS footprint", independenceHint(p));
            }
        }
        Optional<String> employer = healthAndCareInFootprint(p.employer());
        if (employer.isPresent() && !reported.contains(p.employer())) {
            out.report(Rule.BRD_008, p.at().of("employer"), p.id(), describe(m, p) + " is employed by " + employer.get()
                    + ", a health and care organisation in the ICS footprint", independenceHint(p));
        }
    }

    /** The name of a health or care organisation inside the footprint, other than the ICS's own ICB. */
    private Optional<String> healthAndCareInFootprint(String id) {
        if (id == null || id.equals(icb)) {
            return Optional.empty();
        }
        if (index.pcn(id).isPresent() && index.organisation(id).isEmpty()) {
            // A PCN is defined only as part of this ICS, so it is always inside the footprint.
            return Optional.of(index.pcn(id).get().name());
        }
        return index.organisation(id).filter(this::isHealthAndCareInFootprint).map(Organisation::name);
    }

    private boolean isHealthAndCareInFootprint(Organisation o) {
        if (o.kind() == null) {
            return false;
        }
        return switch (o.kind()) {
            case ICB, NHS_TRUST, FOUNDATION_TRUST, PRIMARY_MEDICAL_SERVICES, INDEPENDENT_PROVIDER, HEALTHWATCH -> o.inArea();
            // Councils are placed by the ICS's list of authorities, which the definition keeps authoritative.
            case LOCAL_AUTHORITY -> index.isInArea(o);
            // A voluntary or other body counts when it runs health or care services.
            case VCSE, OTHER -> !o.services().isEmpty() && o.inArea();
            case NHS_ENGLAND -> false;
        };
    }

    private static String independenceHint(Person p) {
        return "Independent non-executives normally hold no post in the system's health and care organisations; end or record the end "
                + "of the position, or record a justification (rule BRD-008, subject " + p.id() + ").";
    }

    // BRD-009 ------------------------------------------------------------------------------

    private void employedByIcb(BoardMember m, Person p) {
        if (icb == null || icb.equals(p.employer())) {
            return;
        }
        String employer = p.employer() == null ? "records no employer"
                : "is employed by " + index.organisation(p.employer()).map(Organisation::name).orElse(p.employer());
        out.report(Rule.BRD_009, p.at().of("employer"), p.id(), describe(m, p) + " " + employer + ", not by " + icbName(),
                "Executive members are normally full-time employees of the ICB; set 'employer: " + icb + "' or record a justification.");
    }

    // BRD-010 ------------------------------------------------------------------------------

    private void fitAndProper(BoardMember m) {
        FitAndProperCheck check = m.fitAndProper();
        String who = describe(m);
        if (check == null) {
            out.report(Rule.BRD_010, m.at().of("fitAndProper"), m.person(), who + " records no fit and proper persons check",
                    "Add 'fit-and-proper: { checked-on: …, outcome: met, eligibility-met: true }' once the check is done.");
            return;
        }
        List<String> problems = new ArrayList<>();
        Location where = null;
        if (check.outcome() != CheckOutcome.MET) {
            problems.add(check.outcome() == null ? "the fit and proper persons check records no outcome"
                    : "did not meet the fit and proper persons check" + (check.checkedOn() == null ? "" : " of " + check.checkedOn()));
            where = check.at().of("outcome");
        }
        if (!Boolean.TRUE.equals(check.eligibilityMet())) {
            problems.add(check.eligibilityMet() == null ? "does not record whether the constitution's eligibility criteria are met"
                    : "does not meet the constitution's eligibility criteria");
            where = where != null ? where : check.at().of("eligibilityMet");
        }
        if (!problems.isEmpty()) {
            out.report(Rule.BRD_010, where, m.person(), who + ": " + String.join("; and ", problems),
                    "A board member must pass the fit and proper persons test and meet the eligibility criteria for the role; "
                            + "record 'outcome: met' and 'eligibility-met: true' only when they do.");
        }
    }

    // BRD-014 ------------------------------------------------------------------------------

    private void disqualification(BoardMember m) {
        DisqualificationDeclaration declaration = m.disqualification();
        if (declaration == null) {
            out.report(Rule.BRD_014, m.at().of("disqualification"), m.person(), describe(m)
                            + " records no declaration against the constitution's disqualification criteria",
                    "Add 'disqualification: { declared-on: … }' listing under 'applies:' any criterion that applies.");
        } else if (!declaration.applies().isEmpty()) {
            String criteria = declaration.applies().stream().map(c -> lowerFirst(c.label())).collect(Collectors.joining(", "));
            out.report(Rule.BRD_014, declaration.at().of("applies"), m.person(), describe(m)
                            + " is disqualified from membership: " + criteria,
                    "A disqualified person cannot hold a seat on the board; appoint someone else to it.");
        }
    }

    // BRD-016 ------------------------------------------------------------------------------

    private void chairAppointment(BoardMember chair) {
        String who = "The chair, " + index.personName(chair.person()) + ",";
        nhsEngland(chair, "appointedBy", chair.appointedBy(), who, "appointed", "appoints the chair, with the Secretary of State's approval");
        appointmentDate(chair, who);
    }

    private void chiefExecutiveAppointment(BoardMember ceo) {
        String who = "The chief executive, " + index.personName(ceo.person()) + ",";
        nhsEngland(ceo, "approvedBy", ceo.approvedBy(), who, "approved", "approves the chair's appointment of the chief executive");
        appointmentDate(ceo, who);
        Optional<Person> person = index.person(ceo.person());
        if (icb != null && person.isPresent() && !icb.equals(person.get().employer())) {
            out.report(Rule.BRD_016, person.get().at().of("employer"), ceo.person(), who + " is not an employee of " + icbName(),
                    "The chief executive is employed by the ICB; set 'employer: " + icb + "'.");
        }
    }

    /** Checks that the organisation named by {@code component} is NHS England, whose {@code duty} the appointment is. */
    private void nhsEngland(BoardMember m, String component, String orgId, String who, String verb, String duty) {
        String key = Names.kebab(component);
        if (orgId == null) {
            out.report(Rule.BRD_016, m.at().of(component), m.person(), who + " does not record who " + verb + " the appointment",
                    "NHS England " + duty + "; add '" + key + ":' naming its organisation id.");
            return;
        }
        Optional<String> other = index.organisation(orgId).filter(o -> o.kind() != OrganisationKind.NHS_ENGLAND).map(Organisation::name)
                .or(() -> index.pcn(orgId).map(Pcn::name));
        other.ifPresent(name -> out.report(Rule.BRD_016, m.at().of(component), m.person(),
                who + " is recorded as " + verb + " by " + name + ", not NHS England",
                "NHS England " + duty + "; name its organisation under '" + key + ":'."));
    }

    private void appointmentDate(BoardMember m, String who) {
        if (m.appointedOn() == null) {
            out.report(Rule.BRD_016, m.at().of("appointedOn"), m.person(), who + " does not record the date of appointment",
                    "Add 'appointed-on:' with the date of appointment.");
        }
    }

    // ---------------------------------------------------------------------------------------

    private String icbName() {
        return index.organisation(icb).map(Organisation::name).orElse(icb);
    }

    private String describe(BoardMember m) {
        return index.person(m.person()).map(p -> describe(m, p)).orElse(m.person() == null ? "A board member" : m.person());
    }

    private static String describe(BoardMember m, Person p) {
        return p.displayName() + " (" + (m.role() == null ? "board member" : lowerFirst(m.role().label())) + ")";
    }
}
