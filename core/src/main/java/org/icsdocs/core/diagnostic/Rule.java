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
            InForce.format(), Sources.guidance("NHS ODS conventions", "")),

    // The ICB board
    BRD_001(ERROR, "Exactly one chair, who is independent (a non-executive).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.kentAndMedwayTransition(), Sources.guidance("Health and Care Act 2022 Sch. 1B", "")),
    BRD_002(ERROR, "At least two independent non-executive members besides the chair.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.kentAndMedwayTransition(), Sources.icbGuidance2021("")),
    BRD_003(ERROR, "A chief executive (the accountable officer for the ICB's allocations).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.kentAndMedwayTransition()),
    BRD_004(ERROR, "A director of finance, a medical director and a director of nursing.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.kentAndMedwayTransition(), Sources.icbGuidance2021("")),
    BRD_005(ERROR, "At least three partner members: from NHS trusts, from providers of primary medical services, and from local authorities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.kentAndMedwayTransition(), Sources.icbGuidance2021(""), Sources.guidance("Act Sch. 1B", "")),
    BRD_006(ERROR, "The local-authority partner member comes from an authority with social care responsibility inside the area (not a district council).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayTransition(), Sources.designFramework("")),
    BRD_007(ERROR, "The trust partner member comes from a trust providing services in the area; the primary care partner member from a provider of primary medical services in the area.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.kentAndMedwayTransition()),
    BRD_008(WARNING, "Independent non-executives do not hold positions in other health and care organisations inside the ICS footprint.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    BRD_009(WARNING, "Executive members are employed by the ICB.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    BRD_010(ERROR, "Every board member records a fit and proper persons check and meets the eligibility criteria.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.icbGuidance2021("")),
    BRD_011(ADVICE, "Non-executives (chair and independent members) form a majority of the board.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    BRD_012(ADVICE, "A director of public health has an official role (board, committee or ICP).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    BRD_013(WARNING, "One independent non-executive is deputy chair and is not the audit committee chair; one is senior independent member.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("NHS England guidance on ICB constitutions and governance", "")),
    BRD_014(ERROR, "No member falls under a disqualification, and each records a declaration against them.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("Health and Care Act 2022 Sch. 1B", ""), Sources.guidance("model ICB constitution", "")),
    BRD_015(ADVICE, "At least one member brings knowledge and experience of mental health services.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("NHS England guidance on ICB board membership", "")),
    BRD_016(ERROR, "The chair is appointed by NHS England; the chief executive by the chair with NHS England's approval, and is an ICB employee.",
            InForce.since(HCA_2022, "2022-07-01").endedOnCommencementOf(HEALTH_BILL_2026), Sources.guidance("Act Sch. 1B paras 3–5", "")),

    // Committees
    CTE_001(ERROR, "The board has an audit committee.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    CTE_002(ERROR, "The board has a remuneration committee.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    CTE_003(ERROR, "Every committee has terms of reference: purpose, chair, members, quorum, delegated functions and the body it reports to.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    CTE_004(ERROR, "A committee's quorum can be met by its members.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.modelConstitution("Standing orders: quorum")),
    CTE_005(WARNING, "The audit chair is an independent member with audit or finance expertise, not the board chair; the remuneration chair is a non-executive who is neither.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("NHS England model ICB constitution", "")),
    CTE_006(WARNING, "The board has a quality committee and the ICB leads a System Quality Group.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),

    // Conflicts of interest
    COI_001(ERROR, "Every board member, committee member and decision-taking staff member has a declaration of interests (nil counts).",
            InForce.since(HCA_2022, "2022-07-01"), Sources.icbGuidance2021("")),
    COI_002(WARNING, "A declared interest touching an agenda item of a meeting the person attends is shown on that item with how it is managed.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.icbGuidance2021("")),
    COI_003(WARNING, "A partner member brings their sector's perspective and does not act as its delegate.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    COI_004(WARNING, "Each declaration is reviewed at least every 12 months.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("published ICB conflicts of interest policies", "")),

    // Integrated care partnership
    ICP_001(ERROR, "There is one ICP, a joint committee established by the ICB and every local authority with social care responsibility in the area.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayTransition(), Sources.designFramework(""), Sources.kentAndMedwayReport(), Sources.icbGuidance2021("")),
    ICP_002(ERROR, "The ICP's members include the ICB and each of those local authorities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayTransition()),
    ICP_003(WARNING, "Local Healthwatch is a member of the ICP.",
            InForce.since(HCA_2022, "2022-07-01").endedOnCommencementOf(HEALTH_BILL_2026), Sources.kentAndMedwayReport()),
    ICP_004(WARNING, "The ICP has a chair, selected jointly by the ICB and the local authorities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    ICP_005(WARNING, "The ICP has an integrated care strategy, and the ICB's plan has regard to it.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayTransition(), Sources.designFramework(""), Sources.kentAndMedwayReport()),

    // Places and neighbourhoods
    PLC_001(ERROR, "Every place-based partnership names one of the five governance models.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    PLC_002(ERROR, "The governance model's parts exist.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    PLC_003(WARNING, "Place membership covers primary care, the local authority including public health, acute, community and mental health providers, and people who use services.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.icbGuidance2021(""), Sources.kentAndMedwayReport()),
    PLC_004(WARNING, "Places together cover the whole ICS area.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayReport(), Sources.threeLevels()),
    PLC_005(ADVICE, "A place serves roughly 250,000–500,000 people; a system 1–3 million.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.threeLevels()),
    NBH_001(ERROR, "Every primary care network is aligned to exactly one place.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayReport()),
    NBH_002(ADVICE, "A neighbourhood serves roughly 30,000–50,000 people.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.threeLevels()),

    // Provider collaboratives
    PCL_001(ERROR, "A provider collaborative has at least two trusts as members.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.icbGuidance2021("")),
    PCL_002(ERROR, "Every trust providing acute or mental health services is in at least one provider collaborative.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    PCL_003(WARNING, "A collaborative agrees objectives with an ICB and names its decision-making model.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    PCL_004(ADVICE, "A collaborative works across more than one place.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.icbGuidance2021("")),

    // Functions and decisions
    FDM_001(ERROR, "Each of the ICB's core functions has exactly one accountable body.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayTransition(), Sources.designFramework(""), Sources.kentAndMedwayReport()),
    FDM_002(ERROR, "Every delegation goes from a body holding the function to one that exists; no cycles; reserved functions are not delegated.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.icbGuidance2021("")),
    FDM_003(ERROR, "Functions delegated by NHS England name the delegation agreement and the body that exercises them.",
            InForce.since(HCA_2022, "2022-07-01").endedOnCommencementOf(HEALTH_BILL_2026), Sources.icbGuidance2021(""), Sources.designFramework("")),
    FDM_004(WARNING, "Joint commissioning under section 75 names the authority, the pooled budget and the place.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.kentAndMedwayReport()),
    FDM_005(WARNING, "Functions shared with other ICBs name the partner ICBs and the joint arrangement.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    FDM_006(ERROR, "A function delegated to a place or collaborative still traces back to the board.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),

    // People and communities
    ENG_001(ERROR, "The ICB has an engagement framework to involve patients, unpaid carers and the public.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayTransition(), Sources.designFramework(""), Sources.kentAndMedwayReport()),
    ENG_002(WARNING, "The ICP and each place have representation from local people and communities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayTransition(), Sources.designFramework("")),
    ENG_003(WARNING, "A formal agreement embeds the VCSE sector in system-level governance.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    ENG_004(ADVICE, "The engagement framework addresses the national principles for working with people and communities.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.kentAndMedwayTransition(), Sources.designFramework("")),

    // Clinical leadership, data and digital, finance
    CLD_001(WARNING, "The board has signed off a model of distributed clinical and care professional leadership.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    DIG_001(WARNING, "A named SRO for digital and data, a shared care record, and a population health management plan.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    FIN_001(ERROR, "Budgets delegated to places and collaboratives do not exceed the allocation; each names its holder.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),
    FIN_002(WARNING, "Pooled budgets name their partners and host.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework(""), Sources.kentAndMedwayReport()),
    FIN_003(WARNING, "The system declares how it meets the mental health investment standard and the community health services funding guarantee.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.designFramework("")),

    // Meetings and board packs
    MTG_001(ERROR, "A meeting belongs to a body that exists, has a date, and says whether it is held in public.",
            InForce.format(), Sources.format(), Sources.act("Public Bodies (Admission to Meetings) Act 1960", "s1", "https://www.legislation.gov.uk/ukpga/Eliz2/8-9/67/section/1")),
    MTG_002(ERROR, "Every agenda item has a purpose, a presenter, and either a paper or an explicit verbal kind.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("board pack convention", "")),
    MTG_003(WARNING, "The meeting is quorate on the attendance recorded.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.guidance("constitution standing orders", "")),
    MTG_004(WARNING, "Board meetings are held in public unless excluded by resolution; private items say why; papers are published before the meeting.",
            InForce.since(HCA_2022, "2022-07-01"), Sources.icbGuidance2021(""), Sources.guidance("model ICB constitution", "")),

    // Organisations over time
    ORG_001(ERROR, "Every organisation the definition names exists on the date it is named for: the as-at date, or the date of the meeting, version or ended interest that names it.",
            InForce.format(), Sources.format(), Sources.boundaryChanges()),
    ORG_002(ERROR, "An organisation is dissolved after it is established; its successor exists on the day after it is dissolved; successors form no cycle.",
            InForce.format(), Sources.format(), Sources.boundaryChanges()),

    // The Health Bill (as introduced), applied only in the health-bill-2026 scenario
    HBL_001(ERROR, "The chair is appointed by the Secretary of State, not NHS England.",
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
            InForce.onCommencementOf(HEALTH_BILL_2026), Sources.healthBill(HealthBillClauses.DIRECTION));

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
