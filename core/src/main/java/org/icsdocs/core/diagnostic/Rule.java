package org.icsdocs.core.diagnostic;

import static org.icsdocs.core.diagnostic.Severity.ADVICE;
import static org.icsdocs.core.diagnostic.Severity.ERROR;
import static org.icsdocs.core.diagnostic.Severity.WARNING;

import static org.icsdocs.core.diagnostic.LegalRegime.HCA_2022;
import static org.icsdocs.core.diagnostic.LegalRegime.HEALTH_BILL_2026;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule catalogue. IDs are part of the product's interface (users search for them, justify
 * them and cite them), so an ID never changes meaning once released. The DEF family covers the
 * definition format itself; every other family comes from the domain rule catalogue and cites
 * its source.
 */
public enum Rule {
    // Definition format
    DEF_001(ERROR, "Each definition file is readable, well-formed YAML in UTF-8, one document of bounded size and depth.",
            InForce.format(), Sources.format()),
    DEF_002(ERROR, "Every key is one the definition format knows.",
            InForce.format(), Sources.format()),
    DEF_003(ERROR, "A key appears once in its mapping, and a single section (such as ics or board) is defined in one file only.",
            InForce.format(), Sources.format()),
    DEF_004(ERROR, "Every value has the type the format expects and every required key is present.",
            InForce.format(), Sources.format()),
    DEF_005(ERROR, "The definition folder exists and holds at least one definition file.",
            InForce.format(), Sources.format()),
    DEF_006(ERROR, "A justification names a warning or advice rule of the catalogue; errors cannot be justified.",
            InForce.format(), Sources.format()),
    DEF_007(WARNING, "A justification matches a finding; one that silences nothing is stale.",
            InForce.format(), Sources.format()),
    INI_001(ADVICE, "A value a new project left to complete (one starting 'To complete:') has been filled in.",
            InForce.format(), Sources.format()),

    // Structure and references
    STR_001(ERROR, "Every identifier is unique within its kind; every reference resolves.",
            InForce.format(), Sources.format()),
    STR_002(ERROR, "Every referenced file exists, is inside the definition's folder, and is readable text or image of a bounded size.",
            InForce.format(), Sources.format()),
    STR_003(ERROR, "Dates are real dates; terms of office end after they start; a meeting's papers are dated on or before the meeting.",
            InForce.format(), Sources.format()),
    STR_004(WARNING, "Every organisation has an ODS code of the right shape for its kind.",
            InForce.format(), Sources.format(), Sources.guidance("NHS England Organisation Data Service (ODS) code conventions", "")),
    // What the tool would otherwise drop or change silently in an author's Markdown or text: the author is told
    // where. Images and links resolve as STR-002 requires of files the YAML names; remote images are never
    // fetched (a build depends on nothing outside the definition); raw HTML is escaped, never run (the site is public).
    STR_005(WARNING, "Papers and prose print as written: no remote image, raw HTML, image or link to a file missing or outside the definition, image too large to print, or character no embedded font can draw.",
            InForce.format(), Sources.format()),

    // The area clause names the ICB's area exactly (Sch. 1B para 2(b)); where the boundary divides a local
    // authority's area, NHS England's statutory list gives that part as lower layer super output areas.
    STR_006(ERROR, "A local authority the area names as partly in the ICB's area is a local authority, named once, with at least one lower layer super output area, and no area is listed twice.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.schedule1B("para 2(b)"), Sources.nhsAct("14Z25"), Sources.icbAreas(),
            Sources.modelConstitution("1.3 Area covered by the integrated care board")),

    // The ICB board
    BRD_001(ERROR, "Exactly one chair, who is independent (a non-executive).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.schedule1B("paras 3(1)(a), 5"), Sources.modelConstitution("composition: independent chair"), Sources.designFramework("")),
    BRD_002(ERROR, "At least two independent non-executive members besides the chair.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("composition: at least two non-executive members"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    BRD_003(ERROR, "A chief executive (the accountable officer for the ICB's allocations).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.schedule1B("paras 3(1)(b), 7"), Sources.designFramework("")),
    BRD_004(ERROR, "A director of finance, a medical director and a director of nursing.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("composition: executive members"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    BRD_005(ERROR, "At least three partner members: from NHS trusts, from providers of primary medical services, and from local authorities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.schedule1B("paras 3(1)(c), 8(2)"), Sources.designFramework("")),
    BRD_006(WARNING, "The local-authority partner member comes from an authority with social care responsibility inside the area (not a district council).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("eligibility of the local authority partner member"), Sources.schedule1B("para 8(2)(c)")),
    BRD_007(WARNING, "The trust partner member comes from a trust providing services in the area; the primary care partner member from a provider of primary medical services in the area.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("eligibility of the trust and primary medical services partner members"), Sources.schedule1B("para 8(2)(a), (b)")),
    BRD_008(WARNING, "Independent non-executives do not hold positions in other health and care organisations inside the ICS footprint.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("independent non-executives"), Sources.modelConstitution("")),
    BRD_009(WARNING, "Executive members are employed by the ICB.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("executive members"), Sources.schedule1B("para 7(2)")),
    BRD_010(ERROR, "Every board member records a fit and proper persons check and meets the eligibility criteria.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("eligibility criteria for board membership"), Sources.guidance("NHS England, Fit and Proper Person Test Framework for board members (2023)", "")),
    // A recommendation of NHS Providers, not NHS England's: neither Schedule 1B nor the model constitution requires
    // a non-executive majority (the example's justification says so), so the departure box names it as such.
    BRD_011(ADVICE, "Non-executives (chair and independent members) form a majority of the board.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("NHS Providers, on-the-day briefing on the ICS design framework (June 2021)", "")),
    BRD_012(ADVICE, "A director of public health has an official role (board, committee or ICP).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    BRD_013(WARNING, "One independent non-executive is deputy chair and is not the audit committee chair; one is the senior non-executive member, who supports NHS England's appraisal of the chair.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("action required of ICBs: deputy chair and senior non-executive member")),
    BRD_014(ERROR, "No member falls under a disqualification, and each records a declaration against them.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.schedule1B("para 4"), Sources.modelConstitution("disqualification criteria")),
    BRD_015(ERROR, "At least one ordinary member (not the chair or the chief executive) has knowledge and experience of services for the prevention, diagnosis and treatment of mental illness.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.schedule1B("paras 3(2), 8 (ordinary members; sub-paragraph unverified)")),
    BRD_016(ERROR, "The chair is appointed by NHS England; the chief executive by the chair with NHS England's approval, and is an ICB employee.",
            InForce.since(HCA_2022, "2022-07-01").endedOnCommencementOf(HEALTH_BILL_2026), Sources.schedule1B("paras 5, 7")),
    BRD_017(ERROR, "Each partner member is nominated only by bodies eligible for the seat: NHS trusts and foundation trusts providing services in the area; providers of primary medical services in the area; local authorities whose areas coincide with or include the area (not district councils).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.schedule1B("para 8(2)")),
    // The constitution states one term length per role (model constitution, section 3, terms of appointment);
    // an appointment made for longer than that is not one the constitution allows, so the constitution's own
    // figure (constitution.terms-of-office) is the limit.
    BRD_018(ERROR, "A member's term of office (term-start to term-end) is no longer than the term the constitution sets for the role.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("section 3, terms of appointment")),

    // Committees
    CTE_001(ERROR, "The board has an audit committee.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("audit committee"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    CTE_002(ERROR, "The board has a remuneration committee.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("remuneration committee"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    CTE_003(ERROR, "Every committee has terms of reference: purpose, chair, members, quorum, delegated functions and the body it reports to.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("committee terms of reference"), Sources.designFramework("")),
    CTE_004(ERROR, "A committee's quorum can be met by its members.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.format(), Sources.modelConstitution("Standing orders: quorum")),
    CTE_005(WARNING, "The audit chair is an independent member with audit or finance expertise, not the board chair; the remuneration chair is a non-executive who is neither.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("audit and remuneration committee chairs")),
    CTE_006(WARNING, "The board has a quality committee and the ICB leads a System Quality Group.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("quality"), Sources.guidance("National Quality Board, guidance on quality in integrated care systems (System Quality Groups)", "")),

    // Conflicts of interest
    COI_001(ERROR, "Every board member, committee member and decision-taking staff member has a declaration of interests (nil counts).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("14Z30"), Sources.conflictsOfInterest("registers of interests")),
    COI_002(WARNING, "A declared interest touching an agenda item of a meeting the person attends is shown on that item with how it is managed.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.conflictsOfInterest("managing conflicts at meetings"), Sources.modelConstitution("conflicts of interest")),
    COI_003(WARNING, "A partner member brings their sector's perspective and does not act as its delegate.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("partner members"), Sources.modelConstitution("partner members")),
    COI_004(WARNING, "Each declaration is reviewed at least every 12 months.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.conflictsOfInterest("reviewing declarations")),

    // Integrated care partnership
    ICP_001(ERROR, "There is one ICP, a joint committee established by the ICB and every local authority with social care responsibility in the area.",
            InForce.since(HCA_2022, "2022-07-01").endedOnCommencementOf(HEALTH_BILL_2026), Sources.lgpiha("116ZA(1)")),
    ICP_002(ERROR, "The ICP's members include one appointed by the ICB and one appointed by each of those local authorities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.lgpiha("116ZA(2)")),
    ICP_003(WARNING, "Retired (the law requires involvement, not membership: see ICP-006). Local Healthwatch is a member of the ICP.",
            InForce.since(HCA_2022, "2022-07-01").endedOn("2026-11-30").endedOnCommencementOf(HEALTH_BILL_2026), Sources.kentAndMedwayReport(), Sources.lgpiha("116ZB(4)(a)")),
    ICP_004(WARNING, "The ICP has a chair, selected jointly by the ICB and the local authorities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.lgpiha("116ZA(3)"), Sources.designFramework("")),
    ICP_005(WARNING, "The ICP has an integrated care strategy, and the ICB's plan has regard to it.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.lgpiha("116ZB(1)"), Sources.nhsAct("14Z52")),
    ICP_006(ERROR, "In preparing the integrated care strategy the ICP involves each local Healthwatch whose area coincides with or falls within its area.",
            InForce.since(HCA_2022, "2022-07-01").endedOnCommencementOf(HEALTH_BILL_2026), Sources.lgpiha("116ZB(4)(a)")),

    // Places and neighbourhoods
    PLC_001(ERROR, "Every place-based partnership names one of the five governance models.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.thrivingPlaces("five governance models"), Sources.designFramework("")),
    PLC_002(ERROR, "The governance model's parts exist.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.format(), Sources.thrivingPlaces("five governance models")),
    PLC_003(WARNING, "Place membership covers primary care, the local authority including public health, acute, community and mental health providers, and people who use services.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.thrivingPlaces("membership: best practice to consider"), Sources.designFramework("")),
    PLC_004(WARNING, "Places together cover the whole ICS area.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.thrivingPlaces(""), Sources.designFramework(""), Sources.kentAndMedwayReport()),
    PLC_005(ADVICE, "A place serves roughly 250,000–500,000 people; a system 1–3 million.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.threeLevels()),
    NBH_001(ERROR, "Every primary care network is aligned to exactly one place.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.thrivingPlaces(""), Sources.kentAndMedwayReport()),
    NBH_002(ADVICE, "A neighbourhood serves roughly 30,000–50,000 people.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("NHS England, Network Contract Directed Enhanced Service specification", ""), Sources.threeLevels()),

    // Provider collaboratives
    PCL_001(ERROR, "A provider collaborative has at least two trusts as members.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.providerCollaboratives("definition: at least two trusts")),
    PCL_002(ERROR, "Every trust providing acute or mental health services is in at least one provider collaborative.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.providerCollaboratives("trusts providing acute and mental health services, from April 2022")),
    PCL_003(WARNING, "A collaborative agrees objectives with an ICB and names its decision-making model.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.providerCollaboratives("objectives and governance")),
    PCL_004(ADVICE, "A collaborative works across more than one place.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.providerCollaboratives("working at scale across multiple places")),

    // Functions and decisions
    FDM_001(ERROR, "Each of the ICB's core functions has exactly one accountable body.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.act("National Health Service Act 2006", "Part 2 Chapter A3", "https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/A3"), Sources.modelConstitution("functions and decision map")),
    FDM_002(ERROR, "Every delegation goes from a body holding the function to one that exists; no cycles; reserved functions are not delegated.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("65Z5"), Sources.act("National Health Service (Joint Working and Delegation Arrangements) (England) Regulations 2022 (S.I. 2022/642)", "reg 2", "https://www.legislation.gov.uk/uksi/2022/642/regulation/2"), Sources.delegationGuidance()),
    FDM_003(ERROR, "Functions delegated by NHS England name the delegation agreement and the body that exercises them.",
            InForce.since(HCA_2022, "2022-07-01").endedOnCommencementOf(HEALTH_BILL_2026), Sources.delegationGuidance(), Sources.nhsAct("65Z5")),
    FDM_004(WARNING, "Joint commissioning under section 75 names the authority, the pooled budget and the place.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("75"), Sources.poolingRegulations("")),
    FDM_005(WARNING, "Functions shared with other ICBs name the partner ICBs and the joint arrangement.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("65Z5"), Sources.delegationGuidance()),
    FDM_006(ERROR, "A function delegated to a place or collaborative still traces back to the board.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.delegationGuidance(), Sources.modelConstitution("scheme of reservation and delegation")),

    // Scheme of reservation and delegation (SoRD). The model constitution requires a scheme (clause 1.6) setting out the
    // decisions reserved to the board and those delegated and says the ICB remains accountable for
    // all it delegates; s65Z5 lets an ICB arrange for its functions to be exercised only by another relevant body
    // (NHS England, an ICB, an NHS trust or foundation trust), a local authority or combined authority, or
    // jointly (s65Z6, by a joint committee): a provider collaborative or a place partnership is not such a body.
    SOD_001(ERROR, "What the ICB delegates (a function, a budget or a decision of the scheme) goes to a legal person or to a committee or joint committee; a provider collaborative receives it only through its lead provider or a joint committee of its members, and a place partnership only as a committee of the ICB or through the ICB director who leads it.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("65Z5"), Sources.nhsAct("65Z6"), Sources.delegationGuidance()),
    SOD_002(ERROR, "An onward sub-delegation in the scheme comes from a holder of the same decision that may sub-delegate, and within that holder's own limits.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("1.6 related documents: the scheme of reservation and delegation; 4 arrangements for the exercise of functions"), Sources.managingPublicMoney("chapter 2 and annex 2.1, delegated authorities")),
    SOD_003(ERROR, "Every decision category of the scheme is held: reserved to the board alone, or delegated to the bodies and officer roles it names.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("1.6 related documents: the scheme of reservation and delegation; 4 arrangements for the exercise of functions")),
    SOD_004(WARNING, "The scheme covers every category of decision of the catalogue: governance documents, committees, plans, risk, the annual report, delegation agreements, service change, contract awards by process, business cases, commitments, losses, write-offs, virements, waivers, continuing healthcare, individual funding requests, senior pay, legal claims, the seal and emergency preparedness.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("1.6 related documents: the scheme of reservation and delegation; 4 arrangements for the exercise of functions"), Sources.managingPublicMoney("annex 4.13, losses and special payments"),
            Sources.providerSelectionRegime("regs 6 to 11 and 24")),
    SOD_005(ERROR, "No commissioning function, delegated budget or spending decision is held by a committee whose terms of reference give it assurance only.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("4 arrangements for the exercise of functions: committees and their terms of reference"), Sources.delegationGuidance()),
    SOD_006(ERROR, "A function NHS England delegates, when exercised with other ICBs, names the joint arrangement, and the scheme sets a financial limit on it.",
            InForce.since(HCA_2022, "2022-07-01").endedOnCommencementOf(HEALTH_BILL_2026), Sources.nhsAct("65Z5"), Sources.nhsAct("65Z6"), Sources.delegationGuidance(),
            Sources.guidance("NHS England, Delegation agreement for specialised services (template, 2025/26)", "financial provisions and joint working arrangements")),
    SOD_007(ERROR, "Every officer role the scheme delegates to is held by someone the definition names.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("1.6 related documents: the scheme of reservation and delegation; 4 arrangements for the exercise of functions")),
    SOD_008(WARNING, "Emergency preparedness, resilience and response is led by the Accountable Emergency Officer: the scheme's emergency preparedness decisions name the role the officer holds, and the function is decided under them.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("252A"),
            Sources.guidance("NHS England, NHS emergency preparedness, resilience and response framework (2022)", "accountable emergency officer",
                    "https://www.england.nhs.uk/publication/nhs-emergency-preparedness-resilience-and-response-framework/"),
            Sources.act("Civil Contingencies Act 2004", "s2, Sch. 1 Part 1 (ICBs as Category 1 responders)", "https://www.legislation.gov.uk/ukpga/2004/36")),
    SOD_009(ERROR, "A function on the map that nothing delegates is reserved to the board, by its own flag or a reserved category of the scheme.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("1.6 related documents: the scheme of reservation and delegation and the functions and decision map")),

    // People and communities
    ENG_001(ERROR, "The ICB has an engagement framework to involve patients, unpaid carers and the public.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("14Z45"), Sources.workingWithPeople("")),
    ENG_002(WARNING, "The ICP and each place have representation from local people and communities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.workingWithPeople("membership"), Sources.lgpiha("116ZB(4)(b)")),
    ENG_003(WARNING, "A formal agreement embeds the VCSE sector in system-level governance.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("VCSE partnership")),
    ENG_004(ADVICE, "The engagement framework addresses the national principles for working with people and communities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.workingWithPeople("ten principles")),

    // Clinical leadership, data and digital, finance
    CLD_001(WARNING, "The board has signed off a model of distributed clinical and care professional leadership.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("clinical and care professional leadership")),
    DIG_001(WARNING, "A named SRO for digital and data, a shared care record, and a population health management plan.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("digital and data")),
    FIN_001(ERROR, "Budgets delegated to places and collaboratives do not exceed the allocation; each names its holder.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("223GC"), Sources.designFramework("")),
    FIN_002(WARNING, "Pooled budgets name their partners and host.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("75"), Sources.poolingRegulations("")),
    FIN_003(WARNING, "The system declares how it meets the mental health investment standard and the community health services funding guarantee.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("NHS England, operational planning guidance (mental health investment standard)", ""), Sources.nhsAct("14Z58")),
    FIN_004(ERROR, "The ICB's planned expenditure for the year does not exceed its allocation.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.nhsAct("223GC"), Sources.nhsAct("223GB")),
    FIN_005(WARNING, "The ICB records its running cost allowance for the year and plans its running costs within it.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("NHS England, ICB allocations: running cost allowances (set each year)", "")),

    // Meetings and board packs
    MTG_001(ERROR, "A meeting belongs to a body that exists, has a date, and says whether it is held in public.",
            InForce.format(), Sources.format(), Sources.act("Public Bodies (Admission to Meetings) Act 1960", "s1", "https://www.legislation.gov.uk/ukpga/Eliz2/8-9/67/section/1")),
    MTG_002(ERROR, "Every agenda item has a purpose, a presenter, and either a paper or an explicit verbal kind.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.format()),
    MTG_003(WARNING, "The meeting is quorate on the attendance recorded.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("Standing orders: quorum")),
    MTG_004(WARNING, "Board meetings are held in public unless excluded by resolution; private items say why; papers are published before the meeting.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("Standing orders: meetings in public"), Sources.act("Public Bodies (Admission to Meetings) Act 1960", "s1 (application to ICBs unverified)", "https://www.legislation.gov.uk/ukpga/Eliz2/8-9/67/section/1")),
    // Board-pack convention: every paper for decision or approval carries a cover sheet that gives the executive
    // summary, the recommendation, the risks, and the equality and finance implications, so the board decides on
    // the facts (the model constitution's standing orders on the agenda and supporting papers; the paragraph
    // number differs between editions). Due regard to the equality duty is shown by recording the equality
    // effects before the decision (Equality Act 2010 s149).
    MTG_005(WARNING, "An item for decision or approval has a cover sheet with the summary, the recommendation, the risks, and the equality and finance implications.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("Standing orders: agenda and supporting papers"), Sources.equalityAct("s149")),

    // The record of meetings: what a meeting resolved, under which authority, and what follows from it.
    // Standing orders: the model constitution's standing orders (quorum, conflicts at meetings, urgent
    // decisions, minutes); the editions number the paragraphs differently, so the part is named, not numbered.
    REC_001(WARNING, "A decision is taken by a body the scheme of reservation and delegation lets take it, within the body's financial limit.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("scheme of reservation and delegation; Standing orders: delegation of functions")),
    REC_002(WARNING, "A decision is taken when the meeting is quorate, counting out the members who withdrew for a conflict of interest.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("Standing orders: quorum"),
            Sources.conflictsOfInterest("managing conflicts at meetings")),
    REC_003(WARNING, "A member with a declared interest in an organisation an item concerns does not take part in the decision on it.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.conflictsOfInterest("managing conflicts at meetings"), Sources.nhsAct("14Z30"),
            Sources.modelConstitution("conflicts of interest")),
    REC_004(WARNING, "A decision taken between meetings (chair's action, urgent decision) is reported to and ratified at the body's next meeting.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("Standing orders: urgent decisions")),
    REC_005(WARNING, "The minutes of a meeting held are approved at the body's next meeting.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("Standing orders: minutes")),
    REC_006(WARNING, "An open action past its due date has an update recorded since it fell due.",
            InForce.format(), Sources.format(), Sources.modelConstitution("Standing orders: minutes")),
    REC_007(WARNING, "A question from the public received within the notice the standing orders set is answered, at the meeting or in writing.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("Standing orders: meetings in public")),

    // Consistency: contradictions inside the definition, each reported at both ends
    CON_001(ERROR, "A function reserved to the board is not exercised by another body.",
            InForce.format(), Sources.format(), Sources.modelConstitution("scheme of reservation and delegation")),
    CON_002(ERROR, "A committee's chair and vice chair are among its members.",
            InForce.format(), Sources.format(), Sources.modelConstitution("committee terms of reference")),
    CON_003(ERROR, "A meeting is chaired by a member of the body that meets.",
            InForce.format(), Sources.format(), Sources.modelConstitution("Standing orders: chair of a meeting")),
    CON_004(ERROR, "A delegation goes to a body that can exercise the ICB's functions: a committee or joint committee, another ICB, NHS England, an NHS trust or foundation trust, or a local authority; not a consultative forum, the ICP or another kind of organisation.",
            InForce.format(), Sources.nhsAct("65Z5"), Sources.format()),
    CON_005(ERROR, "A pooled budget is hosted by one of its partners.",
            InForce.format(), Sources.poolingRegulations("reg 7"), Sources.format()),
    CON_006(ERROR, "A person recorded as Caldicott Guardian, Senior Information Risk Owner or Accountable Emergency Officer is the one the officers list names in that role.",
            InForce.format(), Sources.format()),

    // Plans and reports the NHS Act requires each financial year (Part 2 Chapter A3, forward planning and reports)
    PLN_001(ERROR, "Before each financial year the ICB and its partner trusts prepare a joint forward plan for that year and the following four, and publish it.",
            InForce.since(HCA_2022, "2023-04-01"), Sources.nhsAct("14Z52(1), (3)"),
            Sources.guidance("NHS England, Guidance on developing the joint forward plan (December 2022)", "", "https://www.england.nhs.uk/long-read/guidance-on-developing-the-joint-forward-plan/")),
    PLN_002(ERROR, "The joint forward plan sets out what section 14Z52(2) lists: the services to be arranged; how the general and the financial duties will be discharged; steps on the joint local health and wellbeing strategies; the needs of children and young people under 25; the needs of victims of abuse.",
            InForce.since(HCA_2022, "2023-04-01"), Sources.nhsAct("14Z52(2)")),
    PLN_003(ERROR, "In each financial year the ICB prepares an annual report on how it discharged its functions in the year before.",
            InForce.since(HCA_2022, "2023-04-01"), Sources.nhsAct("14Z58"),
            Sources.guidance("NHS England, ICB annual reports and working with people and communities: guidance", "", "https://www.england.nhs.uk/long-read/icb-annual-reports-and-working-with-people-and-communities-guidance/")),
    PLN_004(ERROR, "Before each financial year the ICB and its partner trusts prepare a joint capital resource use plan for the year and publish it.",
            InForce.since(HCA_2022, "2023-04-01"), Sources.nhsAct("14Z56"),
            Sources.guidance("NHS England, Guidance on developing joint capital resource use plans 2025/26", "", "https://www.england.nhs.uk/long-read/guidance-on-developing-joint-capital-resource-use-plans-2025-26")),
    PLN_005(ERROR, "A plan's financial year is written like 2026/27, and a plan is not published before it is agreed.",
            InForce.format(), Sources.format()),

    // Provider Selection Regime
    PSR_001(ERROR, "Each decision to award a contract for health care services records the provider, the process followed, the individuals who decided and, where criteria are weighed, how they were taken into account.",
            InForce.since(HCA_2022, "2024-01-01"), Sources.providerSelectionRegime("reg 24")),
    PSR_002(ERROR, "The ICB publishes an annual summary of its contracting activity for each financial year.",
            InForce.since(HCA_2022, "2024-01-01"), Sources.providerSelectionRegime("reg 25")),
    // A decision-maker with a declared interest in the provider chosen: reg 21 requires conflicts to be identified
    // and managed, and reg 24 a record of how; the guidance expects the conflicted person to be excluded from the decision.
    PSR_003(ERROR, "No one who decided a contract award has a declared interest in the provider awarded it, unless the award records that conflict and how it was managed.",
            InForce.since(HCA_2022, "2024-01-01"), Sources.providerSelectionRegime("reg 21, reg 24"),
            Sources.conflictsOfInterest("managing conflicts in procurement and decision making")),
    // Each process ends with a notice of the award submitted for publication within 30 days of the award (direct
    // award processes A and B, and after the standstill for C, most suitable provider and competitive processes; urgent awards).
    PSR_004(ERROR, "The notice of a contract award is published within 30 days of the award.",
            InForce.since(HCA_2022, "2024-01-01"), Sources.providerSelectionRegime("regs 7 to 11 and 14 (notice of the award within 30 days; paragraphs unverified)")),

    // Who decided under which authority: the scheme of reservation and delegation says who may award a contract of
    // each kind and up to what value (the constitution's scheme, with the standing financial instructions).
    PSR_005(ERROR, "A contract award names the category of the scheme of reservation and delegation it was decided under, and the body that decided it holds that authority at the award's value.",
            InForce.since(HCA_2022, "2024-01-01"), Sources.providerSelectionRegime("reg 24 (the decision-making process followed)"),
            Sources.modelConstitution("scheme of reservation and delegation")),

    // Gifts, hospitality and sponsorship (the registers NHS England's conflicts of interest guidance asks for)
    GHS_001(WARNING, "An offer of a gift, hospitality or sponsorship, accepted or declined, is declared for the register within 28 days.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.conflictsOfInterest("gifts; hospitality; sponsorship (declarations within 28 days)"),
            Sources.nhsAct("14Z30")),
    GHS_002(WARNING, "A gift over £50, hospitality over £75, or any sponsorship is accepted only on a recorded decision naming who approved it.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.conflictsOfInterest("gifts (over £50); hospitality (over £75, senior approval); sponsored events")),

    // Key policies (the publication scheme's class 'our policies and procedures')
    POL_001(WARNING, "A key policy the ICB publishes has not passed its review date.",
            InForce.since(HCA_2022, "2022-07-01"),
            Sources.act("Freedom of Information Act 2000", "s19 (publication scheme); ICO definition document for health bodies, class 'our policies and procedures'", "https://www.legislation.gov.uk/ukpga/2000/36/section/19"),
            Sources.modelConstitution("governance handbook: key policies")),

    // Public sector equality duty
    EQD_001(ERROR, "The ICB records how it has due regard to the aims of the public sector equality duty in its decisions.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.equalityAct("s149"),
            Sources.guidance("NHS England, Health inequalities and equality legal duties", "", "https://www.england.nhs.uk/long-read/health-inequalities-equality-legal-duties")),
    EQD_002(WARNING, "The ICB publishes equality information at least once a year and equality objectives at least every four years.",
            InForce.since(HCA_2022, "2022-07-01"),
            Sources.act("Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017 (S.I. 2017/353)", "regs 4, 5 (whether ICBs are listed in Sch. 2 is unverified)", "https://www.legislation.gov.uk/uksi/2017/353")),

    // Statutory and mandated officers
    OFF_001(WARNING, "The ICB names a Caldicott Guardian.",
            InForce.since(HCA_2022, "2023-06-30"), Sources.guidance("National Data Guardian, Guidance about the appointment of Caldicott Guardians, their role and responsibilities (2021)", "")),
    OFF_002(WARNING, "The ICB names a Senior Information Risk Owner.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("NHS England, Data Security and Protection Toolkit (senior information risk owner)", "")),
    OFF_003(ERROR, "The ICB designates a Data Protection Officer.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.ukGdpr("Art 37(1)(a)")),
    OFF_004(WARNING, "The ICB's staff have a Freedom to Speak Up Guardian, and the ICB names an executive and a non-executive lead for Freedom to Speak Up.",
            InForce.since(HCA_2022, "2024-01-30"), Sources.guidance("NHS England, Integrated care boards, integrated care systems and Freedom to Speak Up", "",
                    "https://www.england.nhs.uk/ourwork/freedom-to-speak-up/integrated-care-boards-integrated-care-systems-and-freedom-to-speak-up/")),
    OFF_005(WARNING, "The ICB names an Accountable Emergency Officer.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("NHS England, NHS core standards for emergency preparedness, resilience and response", "governance",
                    "https://www.england.nhs.uk/long-read/nhs-core-standards-for-emergency-preparedness-resilience-and-response-guidance/"),
            Sources.act("Civil Contingencies Act 2004", "s2, Sch. 1 Part 1 (ICBs as Category 1 responders)", "https://www.legislation.gov.uk/ukpga/2004/36")),
    OFF_006(WARNING, "The ICB names its designated doctor and designated nurse for safeguarding children and for looked after children.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("HM Government, Working together to safeguard children (statutory guidance)", "designated health professionals"),
            Sources.guidance("Department for Education and Department of Health, Promoting the health and wellbeing of looked-after children (statutory guidance, 2015)", ""),
            Sources.act("Children Act 2004", "s16E(3) (ICBs as safeguarding partners)", "https://www.legislation.gov.uk/ukpga/2004/31/section/16E")),

    // Organisations over time
    ORG_001(ERROR, "Every organisation the definition names exists on the date it is named for: the as-at date, or the date of the meeting, version or ended interest that names it.",
            InForce.format(), Sources.format(), Sources.boundaryChanges()),
    ORG_002(ERROR, "An organisation is dissolved after it is established; its successor exists on the day after it is dissolved; successors form no cycle.",
            InForce.format(), Sources.format(), Sources.boundaryChanges()),

    // The Health Bill (as introduced), applied only in the health-bill-2026 scenario
    // HBL-001 names no new appointer: no source held says who appoints an ICB chair once NHS England is abolished.
    HBL_001(ERROR, "The chair is not appointed by NHS England, which the Bill abolishes (the sources do not yet say who will appoint the chair).",
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.CHAIR)),
    HBL_002(ERROR, "The chief executive's appointment is approved by the Secretary of State, not NHS England.",
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.CHIEF_EXECUTIVE)),
    HBL_003(WARNING, "An application to vary the constitution is made to the Secretary of State.",
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.CONSTITUTION)),
    HBL_004(WARNING, "Primary medical, dental, pharmaceutical and ophthalmic services are commissioned by the ICB as its own functions, not under delegation from NHS England.",
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.PRIMARY_CARE)),
    HBL_005(ERROR, "NHS England delegates nothing: functions it delegated pass to the Secretary of State, who may delegate them to ICBs.",
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.ABOLITION)),
    HBL_006(WARNING, "Local Healthwatch is abolished: it is no member of the ICP or of a place, and engagement does not rely on it.",
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.HEALTHWATCH)),
    HBL_007(WARNING, "The constitution sets out the Secretary of State's power to direct the ICB.",
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.DIRECTION)),
    HBL_008(WARNING, "No partner member is nominated by local authorities; a member is nominated by the mayor of each mayoral strategic authority whose area is in the ICB's.",
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.STRATEGIC_AUTHORITY_MEMBER),
            Sources.guidance("County Councils Network, Public Bill Committee: Health Bill - CCN submission (June 2026)", "clause 21",
                    "https://www.countycouncilsnetwork.org.uk/publications/public-bill-committee-health-bill---ccn-submission")),
    HBL_009(WARNING, "The ICB and the local authorities no longer have to establish an integrated care partnership; one kept is kept by choice.",
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.ICP_DUTY),
            Sources.guidance("DHSC, Health Bill: structural measures to ICBs and foundation trusts - impact assessments (14 May 2026)",
                    "Removing the requirement to set up integrated care partnerships",
                    "https://www.gov.uk/government/publications/health-bill-structural-measures-to-icbs-and-foundation-trusts-impact-assessments"));

    private final Severity severity;
    private final String summary;
    private final InForce inForce;
    private final List<Source> sources;

    Rule(Severity severity, String summary, InForce inForce, Source... sources) {
        if (sources.length == 0) {
            throw new IllegalArgumentException(name() + " cites no source");
        }
        this.severity = severity;
        this.summary = summary;
        this.inForce = inForce;
        this.sources = List.of(sources);
    }

    /** The stable ID, e.g. {@code BRD-006}. */
    public String id() {
        return name().replace('_', '-');
    }

    /** The family prefix, e.g. {@code BRD}. */
    public String family() {
        return name().substring(0, name().indexOf('_'));
    }

    public Severity severity() {
        return severity;
    }

    public String summary() {
        return summary;
    }

    /** What the rule rests on, most authoritative first. */
    public List<Source> sources() {
        return sources;
    }

    /** The sources a reader can look up (not the definition format), as one line for a departure box. */
    public String basis() {
        return sources.stream().filter(x -> !x.equals(Sources.format())).map(Source::citation).collect(Collectors.joining("; "));
    }

    /**
     * Whether the rule rests on the law or on NHS England's guidance, so that a departure from it
     * is a departure from national guidance; otherwise it is a published recommendation (for
     * example NHS Providers'), and the departure box says so.
     */
    public boolean nationalGuidance() {
        return sources.stream().anyMatch(x -> x.title().startsWith("NHS England") || x.title().startsWith("National Health Service Act")
                || x.title().contains(" Act ") || x.title().startsWith("The ") && x.title().contains("Regulations"));
    }

    /** The sources as one line, e.g. for a message or a catalogue cell. */
    public String source() {
        return sources.stream().map(Source::citation).collect(Collectors.joining("; "));
    }

    public InForce inForce() {
        return inForce;
    }

    public LegalRegime regime() {
        return inForce.regime();
    }

    /** A rule of a bill not yet law: every message says so. */
    public boolean provisional() {
        return inForce.provisional();
    }

    public static Optional<Rule> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Rule r : values()) {
            if (r.name().equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
