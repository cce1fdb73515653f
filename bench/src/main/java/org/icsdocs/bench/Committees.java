package org.icsdocs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.icsdocs.bench.SystemPlan.Committee;
import org.icsdocs.bench.SystemPlan.Member;
import org.icsdocs.bench.SystemPlan.Org;
import org.icsdocs.bench.SystemPlan.Place;
import org.icsdocs.core.model.CommitteeKind;
import org.icsdocs.core.model.CommitteeType;
import org.icsdocs.core.model.GovernanceModel;
import org.icsdocs.core.model.QuorumRequirement;

/**
 * The committees of the board with their full terms of reference (CTE-003): the statutory audit
 * and remuneration committees, quality, finance and performance, primary care commissioning,
 * people and population health, and a committee or joint committee for each place governed by one.
 * Chairs follow CTE-005 and BRD-013; each quorum can be met by members who are always present.
 */
final class Committees {

    /** The independent non-executives, in the order place committees take their chairs from. */
    private static final List<String> INES = List.of("ine-deputy", "ine-population", "ine-mh", "ine-audit");

    private Committees() {
    }

    /** The board's committees, and a committee for each place governed by one. */
    static List<Committee> forSystem(List<Place> places, Function<String, Org> org) {
        List<Committee> list = new ArrayList<>();
        String lead1 = places.get(0).lead();
        // CTE-001, CTE-005: audit chaired by an independent member with audit expertise, not the board chair.
        list.add(committee("audit", "Audit and Risk Committee", CommitteeKind.AUDIT,
                "Gives the board independent assurance on governance, risk management and internal control, and on the integrity of the ICB's financial statements.",
                List.of("Review the adequacy and effectiveness of governance, risk management and internal control, including the board assurance framework.",
                        "Agree the internal audit plan, receive its reports and follow up its recommendations.",
                        "Review the work and findings of the external auditor.",
                        "Review the annual report and accounts before they go to the board.",
                        "Oversee counter fraud, bribery and corruption arrangements.",
                        "Monitor compliance with the standing orders, standing financial instructions and the conflicts of interest policy.",
                        "Review losses and special payments, tender waivers and breaches of the standing financial instructions."),
                "ine-audit", "ine-population", List.of(m("ine-mh", "Independent non-executive member")),
                2, List.of(QuorumRequirement.CHAIR_OR_DEPUTY, QuorumRequirement.INDEPENDENT_NON_EXECUTIVE),
                "Five times a year", false, List.of(), Topics.AUDIT, null));
        // CTE-002, CTE-005: remuneration chaired by a non-executive who chairs neither the board nor audit.
        list.add(committee("remuneration", "Remuneration Committee", CommitteeKind.REMUNERATION,
                "Decides on the board's behalf the remuneration and terms of service of the chief executive, executive members and other very senior managers.",
                List.of("Determine the pay, allowances and terms of service of the chief executive, executive members and very senior managers.",
                        "Determine arrangements for termination payments and special payments to those staff.",
                        "Oversee the ICB's pay framework, pension arrangements and contractual terms.",
                        "Recommend to the board the remuneration of the chair and independent members within NHS England's framework.",
                        "Receive assurance on the annual appraisal of executive members."),
                "ine-deputy", "ine-mh", List.of(m("ine-population", "Independent non-executive member"),
                        m("chair", "Member (not when the chair's own remuneration is considered)")),
                3, List.of(QuorumRequirement.CHAIR_OR_DEPUTY, QuorumRequirement.INDEPENDENT_NON_EXECUTIVE),
                "At least twice a year", false, List.of("ine-population"), Topics.REMUNERATION, null));
        // CTE-006: a committee for quality.
        list.add(committee("quality", "Quality and Safety Committee", CommitteeKind.QUALITY,
                "Assures the board on the quality and safety of the services the ICB commissions and on its statutory duties for quality, safeguarding and patient experience.",
                List.of("Receive assurance on the safety, effectiveness and experience of commissioned services, escalating concerns to the board.",
                        "Oversee the ICB's safeguarding duties for children and adults at risk.",
                        "Receive reports of the System Quality Group and agree system quality priorities.",
                        "Oversee the Patient Safety Incident Response Framework across providers.",
                        "Review learning from deaths, complaints and learning disability mortality reviews."),
                "ine-mh", "ine-deputy", List.of(m("cno", "Chief Nursing Officer"), m("cmo", "Chief Medical Officer"),
                        new Member(lead1, "Place director (on behalf of the places)", false)),
                3, List.of(QuorumRequirement.CHAIR_OR_DEPUTY, QuorumRequirement.CLINICAL),
                "Every two months", false, List.of("cno"), Topics.QUALITY_POOL, null));
        list.add(committee("finance-performance", "Finance and Performance Committee", CommitteeKind.FINANCE,
                "Oversees on the board's behalf the ICB's and the system's financial plan, efficiency programme and operational performance.",
                List.of("Scrutinise the financial position of the ICB and the system each month and the forecast for the year.",
                        "Oversee the efficiency and productivity programme and the capital programme.",
                        "Review operational performance against the plan and the recovery actions.",
                        "Approve contract awards within the limits set by the scheme of reservation and delegation."),
                "ine-population", "ine-audit", List.of(m("dof", "Chief Finance Officer"), m("coo", "Chief Operating Officer"), m("ceo", "Chief Executive")),
                3, List.of(QuorumRequirement.CHAIR_OR_DEPUTY, QuorumRequirement.EXECUTIVE),
                "Monthly", false, List.of("dof"), Topics.FINANCE_POOL, null));
        list.add(committee("primary-care", "Primary Care Commissioning Committee", CommitteeKind.PRIMARY_CARE_COMMISSIONING,
                "Exercises on the board's behalf the primary care functions NHS England has delegated to the ICB.",
                List.of("Take decisions on general practice contracts, including procurement, variations, mergers and closures.",
                        "Take decisions on dental and general ophthalmic contracts and on pharmaceutical market entry.",
                        "Manage the delegated primary care budget and report its position to the board.",
                        "Oversee primary care network development and the access plan.",
                        "Manage conflicts of interest in primary care decisions."),
                "ine-deputy", "ine-audit", List.of(m("dof", "Chief Finance Officer"), m("cmo", "Chief Medical Officer"), m("cno", "Chief Nursing Officer"),
                        m("dir-primary-care", "Director of Primary Care"),
                        new Member("pm-primary-care", "Partner member (primary medical services), participant", false)),
                4, List.of(QuorumRequirement.CHAIR_OR_DEPUTY, QuorumRequirement.EXECUTIVE, QuorumRequirement.CLINICAL),
                "Every two months", true, List.of("dof", "cmo"), Topics.PRIMARY_CARE, null));
        list.add(committee("people", "People Committee", CommitteeKind.PEOPLE,
                "Assures the board on the system's people plan, the ICB's duties as an employer and the health and wellbeing of staff.",
                List.of("Oversee delivery of the system workforce plan and one workforce approach.",
                        "Receive assurance on equality, diversity and inclusion across the workforce.",
                        "Review the staff survey and the actions taken in response.",
                        "Oversee education, training and temporary staffing across the system."),
                "ine-mh", "ine-population", List.of(m("dir-people", "Chief People Officer"), m("cno", "Chief Nursing Officer"), m("ceo", "Chief Executive")),
                3, List.of(QuorumRequirement.CHAIR_OR_DEPUTY, QuorumRequirement.EXECUTIVE),
                "Quarterly", false, List.of("cno"), Topics.PEOPLE_POOL, null));
        list.add(committee("population-health", "Population Health and Inequalities Committee", CommitteeKind.INEQUALITIES_PREVENTION_POPULATION_HEALTH,
                "Leads the ICB's work on prevention, population health and health inequalities, working closely with the integrated care partnership.",
                List.of("Oversee the prevention and health inequalities commitments of the joint forward plan, including Core20PLUS5.",
                        "Agree the use of health inequalities funding across the places.",
                        "Receive population health management analysis and commission action on unwarranted variation.",
                        "Report to the integrated care partnership on the ICB's contribution to the integrated care strategy."),
                "ine-population", "ine-mh", List.of(m("cmo", "Chief Medical Officer"), m("dph", "Director of Public Health"),
                        m(lead1, "Place director (on behalf of the places)"), new Member("icp-chair", "Chair of the integrated care partnership (participant)", false)),
                3, List.of(QuorumRequirement.CHAIR_OR_DEPUTY, QuorumRequirement.EXECUTIVE),
                "Quarterly", false, List.of("cmo"), Topics.POPULATION_HEALTH, null));
        for (int p = 0; p < places.size(); p++) {
            Place place = places.get(p);
            if (place.committee() == null) {
                continue;
            }
            boolean joint = place.model() == GovernanceModel.JOINT_COMMITTEE;
            String chair = INES.get(p % INES.size());
            String vice = INES.get((p + 1) % INES.size());
            String exec = p % 2 == 0 ? "cmo" : "cno";
            List<Member> members = new ArrayList<>(List.of(m(place.lead(), "Place Director"), m(exec, exec.equals("cmo") ? "Chief Medical Officer" : "Chief Nursing Officer")));
            if (joint) {
                members.add(m("provider-" + place.id(), "Member for " + org.apply(place.acute()).name()));
            }
            members.add(new Member("pm-primary-care", "Primary care representative (participant)", false));
            String name = place.shortName() + (joint ? " Joint Committee" : " Place Committee");
            list.add(asType(committee(place.committee(), name, CommitteeKind.PLACE,
                    (joint ? "A joint committee of the ICB and " + org.apply(place.acute()).name() + " that takes" : "Takes")
                            + " decisions on the ICB's behalf about integrated health and care services for the people of " + place.shortName() + ".",
                    List.of("Agree the place plan and oversee its delivery.",
                            "Manage the budget delegated to the place within the limits set by the board.",
                            "Commission community and intermediate care services for the place.",
                            "Oversee the section 75 arrangements with the council for the place.",
                            "Report to the board on performance, quality and risks at place."),
                    chair, vice, members, 3, List.of(QuorumRequirement.CHAIR_OR_DEPUTY, QuorumRequirement.EXECUTIVE),
                    "Every two months", false, List.of(exec), Topics.PLACE, place.id()),
                    joint ? CommitteeType.JOINT_COMMITTEE : CommitteeType.COMMITTEE, joint ? List.of(place.acute()) : List.of()));
        }
        return List.copyOf(list);
    }

    private static Member m(String person, String role) {
        return new Member(person, role, true);
    }

    /** CTE-003 and CTE-004: full terms of reference, and a quorum its always-present members meet. */
    private static Committee committee(String id, String name, CommitteeKind kind, String purpose, List<String> responsibilities, String chair,
                                     String vice, List<Member> others, int quorum, List<QuorumRequirement> including, String frequency,
                                     boolean inPublic, List<String> coreOthers, Topics.Pool topics, String place) {
        List<Member> members = new ArrayList<>();
        members.add(m(chair, "Chair"));
        members.add(m(vice, "Vice Chair"));
        members.addAll(others);
        List<String> core = new ArrayList<>(List.of(chair, vice));
        core.addAll(coreOthers);
        if (core.size() < quorum) {
            throw new IllegalStateException(id + ": its always-present members cannot make its quorum");
        }
        return new Committee(id, name, kind, CommitteeType.COMMITTEE, purpose, responsibilities, chair, vice, List.copyOf(members),
                quorum, including, List.of(), frequency, inPublic, List.copyOf(core), topics, place);
    }

    /** The committee as a joint committee with its partners, or unchanged. */
    private static Committee asType(Committee c, CommitteeType type, List<String> partners) {
        return new Committee(c.id(), c.name(), c.kind(), type, c.purpose(), c.responsibilities(), c.chair(), c.viceChair(), c.members(),
                c.quorum(), c.including(), partners, c.frequency(), c.inPublic(), c.core(), c.topics(), c.place());
    }
}
