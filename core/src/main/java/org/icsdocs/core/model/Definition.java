package org.icsdocs.core.model;

import java.util.List;

/**
 * A whole ICS definition. Each YAML file is a fragment of this shape; the loader concatenates
 * the lists of all fragments and takes each single section from the one file that defines it.
 */
@Doc("An ICS definition, or one file of it: any of these sections, in as many files as you like.")
public record Definition(
        @Doc("The system: name, codes, area, population, vision and aims.") IcsProfile ics,
        @Doc("Organisations by kind: the ICB, trusts, local authorities, providers, Healthwatch, VCSE, NHS England, other ICBs.") List<Organisation> organisations,
        @Doc("People named anywhere in the definition.") List<Person> people,
        @Doc("The ICB's unitary board.") Board board,
        @Doc("Committees of the board, sub-committees and joint committees, with their terms of reference.") List<Committee> committees,
        @Doc("The integrated care partnership (ICP).") Partnership icp,
        @Doc("Place-based partnerships.") List<Place> places,
        @Doc("Primary care networks.") List<Pcn> pcns,
        @Doc("Provider collaboratives.") List<Collaborative> collaboratives,
        @Doc("Functions and decisions on the functions-and-decision map.") List<IcbFunction> functions,
        @Doc("Delegations of functions between bodies.") List<Delegation> delegations,
        @Doc("Arrangements for working with people and communities.") Engagement engagement,
        @Doc("Digital and data arrangements.") Digital digital,
        @Doc("Allocation, delegated and pooled budgets, investment standards.") Finance finance,
        @Doc("Quality governance.") Quality quality,
        @Doc("Clinical and care professional leadership.") ClinicalLeadership clinicalLeadership,
        @Doc("Declarations of interests, one per person.") List<Declaration> declarations,
        @Doc("Meetings with attendance, agenda, papers, minutes and actions.") List<Meeting> meetings,
        @Doc("Decisions taken between meetings (chair's action, urgent decisions) and where they were ratified.") List<BetweenMeetingsDecision> decisionsBetweenMeetings,
        @Doc("Business planned for future meetings of each body.") List<ForwardPlanItem> forwardPlan,
        @Doc("Constitution metadata: version, status, approval and amendment history.") Constitution constitution,
        @Doc("Plans and reports due each financial year: joint forward plan, joint capital resource use plan, annual report.") List<Plan> plans,
        @Doc("Statutory and mandated roles and who holds them: Caldicott Guardian, SIRO, Data Protection Officer, Freedom to Speak Up, Accountable Emergency Officer, designated safeguarding professionals.") List<Officer> officers,
        @Doc("How the ICB meets the public sector equality duty.") Equality equality,
        @Doc("Provider Selection Regime: contract award decisions and annual summaries.") Procurement procurement,
        @Doc("The register of gifts and hospitality: each offer, accepted or declined.") List<Gift> gifts,
        @Doc("The register of sponsorship: each offer, accepted or declined.") List<Sponsorship> sponsorships,
        @Doc("Key policies with their approval and review dates.") List<Policy> policies,
        @Doc("Where to send a freedom of information request or a complaint.") Transparency transparency,
        @Doc("The scheme of reservation and delegation: the decisions reserved to the board and those delegated, with limits.") SchemeOfDelegation scheme,
        @Doc("Recorded reasons for departing from national guidance (silences a warning or advice).") List<Justification> justifications) {

    public Definition {
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
        committees = List.copyOf(committees);
        places = List.copyOf(places);
        pcns = List.copyOf(pcns);
        collaboratives = List.copyOf(collaboratives);
        functions = List.copyOf(functions);
        delegations = List.copyOf(delegations);
        declarations = List.copyOf(declarations);
        meetings = List.copyOf(meetings);
        decisionsBetweenMeetings = decisionsBetweenMeetings == null ? List.of() : List.copyOf(decisionsBetweenMeetings);
        forwardPlan = forwardPlan == null ? List.of() : List.copyOf(forwardPlan);
        plans = plans == null ? List.of() : List.copyOf(plans);
        officers = officers == null ? List.of() : List.copyOf(officers);
        gifts = gifts == null ? List.of() : List.copyOf(gifts);
        sponsorships = sponsorships == null ? List.of() : List.copyOf(sponsorships);
        policies = policies == null ? List.of() : List.copyOf(policies);
        justifications = List.copyOf(justifications);
    }
}
