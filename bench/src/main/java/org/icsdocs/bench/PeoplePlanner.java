package org.icsdocs.bench;

import static org.icsdocs.bench.SystemPlan.ICB;
import static org.icsdocs.bench.SystemPlan.NHS_ENGLAND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.icsdocs.bench.SystemPlan.Declaration;
import org.icsdocs.bench.SystemPlan.Interest;
import org.icsdocs.bench.SystemPlan.Org;
import org.icsdocs.bench.SystemPlan.Pcn;
import org.icsdocs.bench.SystemPlan.Person;
import org.icsdocs.bench.SystemPlan.Place;
import org.icsdocs.bench.SystemPlan.Position;
import org.icsdocs.bench.SystemPlan.Seat;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Expertise;
import org.icsdocs.core.model.GovernanceModel;
import org.icsdocs.core.model.InterestType;
import org.icsdocs.core.model.PartnerSector;
import org.icsdocs.core.model.ServiceType;
import org.icsdocs.core.model.StatutoryRole;

/**
 * The people of one system, each with a declaration of interests (COI-001), and the board's seats.
 * The posts are those every ICB has; the names are invented. Person ids are roles (chair, ceo,
 * ine-audit…) so that the committees, agendas and topics can name them the same way in every system.
 */
final class PeoplePlanner {

    /** The board members whose presence every board meeting's quorum relies on (MTG-003). */
    static final List<String> BOARD_CORE = List.of("chair", "ine-deputy", "ceo", "cmo", "cno", "pm-trust");

    private final SplittableRandom random;
    private final Names names;
    private final LocalDate declaredOn;
    private final String icbShort;
    private final List<Org> councils;
    private final List<Org> trusts;
    private final List<Place> places;
    private final List<Pcn> pcns;
    private final String practice;
    private final Function<String, Org> org;
    private final List<Person> people = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();

    /** What the people are planned from: the system's councils, trusts, places, PCNs and GP practice. */
    PeoplePlanner(SplittableRandom random, LocalDate declaredOn, String icbShort, List<Org> councils, List<Org> trusts, List<Place> places,
                  List<Pcn> pcns, String practice, Function<String, Org> org) {
        this.random = random;
        this.names = new Names(random.split());
        this.declaredOn = declaredOn;
        this.icbShort = icbShort;
        this.councils = councils;
        this.trusts = trusts;
        this.places = places;
        this.pcns = pcns;
        this.practice = practice;
        this.org = org;
        planPeople();
    }

    List<Person> people() {
        return List.copyOf(people);
    }

    List<Declaration> declarations() {
        return List.copyOf(declarations);
    }

    private void planPeople() {
        Org la1 = councils.get(0);
        Org partnerTrust = org.apply(places.get(0).acute());
        person("chair", null, "Chair, NHS " + icbShort, ICB, List.of(), List.of(Expertise.GOVERNANCE),
                "Illustrative. A former chief executive of a housing association, with fifteen years on public boards.", List.of(),
                interest(InterestType.NON_FINANCIAL_PERSONAL, null, "A national housing charity (no contracts in the area)",
                        "Trustee (unpaid)", List.of("housing"), "No conflict with the ICB's business has been identified; kept under review."));
        person("ine-audit", null, "Independent Non-Executive Member (Audit and Finance)", ICB, List.of(), List.of(Expertise.AUDIT, Expertise.FINANCE),
                "Illustrative. A chartered accountant and former audit partner; chairs the Audit and Risk Committee.", List.of(),
                interest(InterestType.FINANCIAL, null, "A housing association outside the area", "Non-executive director (remunerated)",
                        List.of("housing"), "The association has no dealings with the ICB; kept under review."));
        person("ine-deputy", null, "Deputy Chair and Senior Independent Member", ICB, List.of(),
                List.of(Expertise.GOVERNANCE, Expertise.QUALITY, Expertise.LEGAL),
                "Illustrative. A solicitor specialising in public law and a former non-executive of a health regulator.", List.of());
        person("ine-mh", null, "Independent Non-Executive Member (Mental Health)", ICB, List.of(),
                List.of(Expertise.MENTAL_HEALTH, Expertise.LIVED_EXPERIENCE, Expertise.QUALITY),
                "Illustrative. A former mental health nurse and advocate for people who use services; chairs the Quality and Safety Committee.",
                List.of(), interest(InterestType.NON_FINANCIAL_PERSONAL, null, "A national mental health charity (no contracts in the area)",
                        "Trustee (unpaid)", List.of("mental health"),
                        "Declared at items on mental health services. Takes part in discussion; would withdraw from any decision on funding for the charity."));
        person("ine-population", null, "Independent Non-Executive Member (Population Health)", ICB, List.of(),
                List.of(Expertise.PUBLIC_HEALTH, Expertise.WORKFORCE),
                "Illustrative. An academic in population health and former director of a workforce charity.", List.of(),
                interest(InterestType.NON_FINANCIAL_PROFESSIONAL, null, "A university outside the area", "Honorary senior lecturer in population health",
                        List.of("public health"), "No conflict identified; the university holds no contracts with the ICB."));
        person("ceo", null, "Chief Executive", ICB, List.of(StatutoryRole.ACCOUNTABLE_EMERGENCY_OFFICER), List.of(Expertise.GOVERNANCE), null, List.of(),
                interest(InterestType.INDIRECT, la1.id(), null, "Spouse is employed by " + la1.name() + " in children's services",
                        List.of("children's services"), "Declared at items concerning " + la1.name()
                                + ". Takes no part in decisions on funding or contracts for the council's children's services."));
        person("dof", null, "Chief Finance Officer", ICB, List.of(), List.of(Expertise.FINANCE), null, List.of(),
                interest(InterestType.NON_FINANCIAL_PROFESSIONAL, null, "Healthcare Financial Management Association (regional branch)",
                        "Member of the branch committee (unpaid)", List.of(), "No conflict with the ICB's business."));
        person("cmo", "Dr", "Chief Medical Officer", ICB, List.of(StatutoryRole.CALDICOTT_GUARDIAN), List.of(Expertise.CLINICAL, Expertise.QUALITY), null,
                List.of(), interest(InterestType.FINANCIAL, partnerTrust.id(), null,
                        "Two clinical sessions a week as a consultant physician (honorary contract, paid by the ICB)", List.of("acute services"),
                        "Takes part in discussion of clinical quality; takes no part in decisions on contracts with, or funding for, "
                                + partnerTrust.shortName() + "."));
        person("cno", null, "Chief Nursing Officer", ICB, List.of(), List.of(Expertise.CLINICAL, Expertise.QUALITY), null, List.of());
        person("coo", null, "Chief Operating Officer", ICB, List.of(), List.of(Expertise.GOVERNANCE), null, List.of());

        // Partner members: employed by the sector they come from (BRD-006, BRD-007).
        person("pm-trust", null, "Chief Executive, " + partnerTrust.name(), partnerTrust.id(), List.of(), List.of(), null, List.of(),
                interest(InterestType.FINANCIAL, partnerTrust.id(), null, "Chief Executive (employed)",
                        List.of("acute services", "elective care", "urgent and emergency care"),
                        "Brings the NHS trusts' perspective as a partner member. Takes part in discussion; takes no part in decisions on "
                                + "contracts with, or funding allocations to, the trust."));
        Org mentalTrust = secondTrustPartner();
        if (mentalTrust != null) {
            person("pm-trust-mh", null, "Chief Executive, " + mentalTrust.name(), mentalTrust.id(), List.of(), List.of(Expertise.MENTAL_HEALTH),
                    null, List.of(), interest(InterestType.FINANCIAL, mentalTrust.id(), null, "Chief Executive (employed)",
                            List.of("mental health", "learning disability and autism"),
                            "Brings the NHS trusts' perspective as a partner member. Takes part in discussion; takes no part in decisions on "
                                    + "contracts with, or funding allocations to, the trust."));
        }
        Pcn firstPcn = pcns.get(0);
        person("pm-primary-care", "Dr", "GP partner, " + org.apply(practice).name(), practice, List.of(), List.of(Expertise.PRIMARY_CARE, Expertise.CLINICAL),
                null, List.of(new Position(firstPcn.id(), "Clinical Director", LocalDate.of(2021, 4, 1))),
                interest(InterestType.FINANCIAL, practice, null, "GP partner (profit share)", List.of("primary care", "general practice"),
                        "Brings the perspective of primary medical services as a partner member. Withdraws from decisions on GP contracts "
                                + "or payments that would benefit the practice or its PCN."),
                interest(InterestType.NON_FINANCIAL_PROFESSIONAL, firstPcn.id(), null, "Clinical Director", List.of("primary care"),
                        "Withdraws from decisions on funding for the PCN."));
        person("pm-la", null, "Director of Adult Social Services, " + la1.name(), la1.id(), List.of(StatutoryRole.DIRECTOR_OF_ADULT_SOCIAL_SERVICES),
                List.of(Expertise.SOCIAL_CARE), null, List.of(),
                interest(InterestType.FINANCIAL, la1.id(), null, "Director of Adult Social Services (employed)",
                        List.of("adult social care", "better care fund", "hospital discharge"),
                        "Brings the local authority perspective as a partner member. Takes part in discussion; does not vote on the ICB's "
                                + "side of decisions on pooled budgets with the council."));
        if (councils.size() >= 3) {
            Org la2 = councils.get(1);
            person("pm-la-2", null, "Chief Executive, " + la2.name(), la2.id(), List.of(), List.of(Expertise.GOVERNANCE), null, List.of(),
                    interest(InterestType.FINANCIAL, la2.id(), null, "Chief Executive (employed)", List.of("better care fund", "place"),
                            "Brings the local authority perspective as a partner member; does not vote on the ICB's side of decisions on funding for the council."));
        }

        // Officers and partners who are not board members
        person("cdio", null, "Chief Digital and Information Officer", ICB, List.of(StatutoryRole.SENIOR_INFORMATION_RISK_OWNER),
                List.of(Expertise.DIGITAL), null, List.of());
        person("dir-governance", null, "Director of Corporate Governance and Board Secretary", ICB, List.of(),
                List.of(Expertise.GOVERNANCE, Expertise.LEGAL), null, List.of());
        person("dir-primary-care", null, "Director of Primary Care", ICB, List.of(), List.of(Expertise.PRIMARY_CARE), null, List.of(),
                interest(InterestType.INDIRECT, null, "A GP practice in the area", "Sister is the practice manager", List.of("general practice"),
                        "Takes no part in decisions concerning the practice or its PCN."));
        person("dir-people", null, "Chief People Officer", ICB, List.of(), List.of(Expertise.WORKFORCE), null, List.of());
        // BRD-012: a director of public health with an official role (the population health committee and the ICP).
        person("dph", "Dr", "Director of Public Health, " + la1.name(), la1.id(), List.of(StatutoryRole.DIRECTOR_OF_PUBLIC_HEALTH),
                List.of(Expertise.PUBLIC_HEALTH), null, List.of(),
                interest(InterestType.FINANCIAL, la1.id(), null, "Director of Public Health (employed)", List.of("public health"),
                        "Takes part in discussion and decisions on prevention programmes; does not vote on decisions to fund " + la1.name() + "."));
        for (Place place : places) {
            person(place.lead(), null, "Place Director, " + place.name(), ICB, List.of(), List.of(), null, List.of());
            if (place.model() == GovernanceModel.JOINT_COMMITTEE) {
                Org trust = org.apply(place.acute());
                person("provider-" + place.id(), null, "Chief Operating Officer, " + trust.name(), trust.id(), List.of(), List.of(), null, List.of(),
                        interest(InterestType.FINANCIAL, trust.id(), null, "Chief Operating Officer (employed)", List.of("acute services"),
                                "Sits on the joint committee for the trust, which is a party to it; declares the interest at each meeting."));
            }
        }
        person("icp-chair", null, "Independent Chair, " + icbShort + " Integrated Care Partnership", null, List.of(), List.of(Expertise.GOVERNANCE),
                "Illustrative. Selected jointly by the councils and the ICB to chair the partnership.", List.of());
    }

    /** A second trust partner member, from a mental health trust, when the system has six trusts or more. */
    private Org secondTrustPartner() {
        if (trusts.size() < 6) {
            return null;
        }
        String first = places.get(0).acute();
        return trustsRunning(ServiceType.MENTAL_HEALTH).stream().filter(t -> !t.id().equals(first)).findFirst().orElse(null);
    }

    private void person(String id, String honorific, String title, String employer, List<StatutoryRole> roles, List<Expertise> expertise,
                        String biography, List<Position> positions, Interest... interests) {
        people.add(new Person(id, names.next(), honorific, title, employer, roles, expertise, biography, positions));
        // COI-001: everyone named gets a declaration, nil when there is nothing to declare.
        declarations.add(new Declaration(id, declaredOn, List.of(interests)));
    }

    private Interest interest(InterestType type, String organisation, String organisationName, String nature, List<String> topics,
                              String management) {
        // COI-004: interests began before the declaration, so none is a late-recorded change.
        LocalDate from = LocalDate.of(2012 + random.nextInt(12), 1 + random.nextInt(12), 1);
        return new Interest(type, organisation, organisationName, nature, topics, from, management);
    }

    /** The board's seats, for the people planned. */
    List<Seat> board() {
        List<Seat> seats = new ArrayList<>();
        // BRD-001, BRD-016: one independent chair, appointed by NHS England.
        seats.add(nonExecutive("chair", BoardRole.CHAIR, "Chair", false, NHS_ENGLAND));
        // BRD-002, BRD-013: independent members; the deputy chair is not the audit chair.
        seats.add(nonExecutive("ine-deputy", BoardRole.INDEPENDENT_NON_EXECUTIVE, "Deputy Chair and Senior Independent Member", true, ICB));
        seats.add(nonExecutive("ine-audit", BoardRole.INDEPENDENT_NON_EXECUTIVE, "Independent Non-Executive Member (Audit and Finance)", false, ICB));
        seats.add(nonExecutive("ine-mh", BoardRole.INDEPENDENT_NON_EXECUTIVE, "Independent Non-Executive Member (Mental Health)", false, ICB));
        seats.add(nonExecutive("ine-population", BoardRole.INDEPENDENT_NON_EXECUTIVE, "Independent Non-Executive Member (Population Health)", false, ICB));
        // BRD-003, BRD-004, BRD-016: executives employed by the ICB; NHS England approves the chief executive.
        LocalDate ceoStart = monthStart(2023, 2025);
        seats.add(new Seat("ceo", BoardRole.CHIEF_EXECUTIVE, "Chief Executive", false, false, null, List.of(), ICB, NHS_ENGLAND,
                ceoStart.minusDays(30), ceoStart, null));
        seats.add(executive("dof", BoardRole.DIRECTOR_OF_FINANCE, "Chief Finance Officer"));
        seats.add(executive("cmo", BoardRole.MEDICAL_DIRECTOR, "Chief Medical Officer"));
        seats.add(executive("cno", BoardRole.DIRECTOR_OF_NURSING, "Chief Nursing Officer"));
        // PLC-002: the director model of place governance names an executive member of the board.
        seats.add(executive("coo", BoardRole.OTHER_EXECUTIVE, "Chief Operating Officer"));
        // BRD-005 to BRD-007: partner members from trusts, primary medical services and councils.
        List<String> allTrusts = trusts.stream().map(Org::id).toList();
        seats.add(partner("pm-trust", "Partner Member (NHS trusts and foundation trusts)", PartnerSector.NHS_TRUSTS, allTrusts));
        if (people.stream().anyMatch(p -> p.id().equals("pm-trust-mh"))) {
            seats.add(partner("pm-trust-mh", "Partner Member (NHS trusts and foundation trusts)", PartnerSector.NHS_TRUSTS, allTrusts));
        }
        seats.add(partner("pm-primary-care", "Partner Member (primary medical services)", PartnerSector.PRIMARY_MEDICAL_SERVICES, List.of(practice)));
        List<String> allCouncils = councils.stream().map(Org::id).toList();
        seats.add(partner("pm-la", "Partner Member (local authorities)", PartnerSector.LOCAL_AUTHORITY, allCouncils));
        if (people.stream().anyMatch(p -> p.id().equals("pm-la-2"))) {
            seats.add(partner("pm-la-2", "Partner Member (local authorities)", PartnerSector.LOCAL_AUTHORITY, allCouncils));
        }
        return List.copyOf(seats);
    }

    private Seat nonExecutive(String person, BoardRole role, String title, boolean deputy, String appointedBy) {
        LocalDate start = monthStart(2023, 2025);
        return new Seat(person, role, title, deputy, deputy, null, List.of(), appointedBy, null, start.minusDays(20 + random.nextInt(40)),
                start, start.plusYears(4).minusDays(1));
    }

    private Seat executive(String person, BoardRole role, String title) {
        LocalDate start = monthStart(2022, 2025);
        return new Seat(person, role, title, false, false, null, List.of(), ICB, null, start.minusDays(20 + random.nextInt(40)), start, null);
    }

    private Seat partner(String person, String title, PartnerSector sector, List<String> nominatedBy) {
        LocalDate start = monthStart(2023, 2025);
        return new Seat(person, BoardRole.PARTNER_MEMBER, title, false, false, sector, nominatedBy, ICB, null,
                start.minusDays(10 + random.nextInt(20)), start, start.plusYears(3).minusDays(1));
    }

    private LocalDate monthStart(int fromYear, int toYear) {
        return LocalDate.of(fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12), 1);
    }

    private List<Org> trustsRunning(ServiceType s) {
        return trusts.stream().filter(t -> t.runs(s)).toList();
    }
}
