package org.icsdocs.core.diagnostic;

import static org.icsdocs.core.diagnostic.Severity.ADVICE;
import static org.icsdocs.core.diagnostic.Severity.ERROR;
import static org.icsdocs.core.diagnostic.Severity.WARNING;

import java.util.Optional;

/**
 * The rule catalogue. IDs are part of the product's interface (users search for them, justify
 * them and cite them), so an ID never changes meaning once released. The DEF family covers the
 * definition format itself; every other family comes from the domain rule catalogue and cites
 * its source.
 */
public enum Rule {
    // Definition format
    DEF_001(ERROR, "Each definition file is readable, well-formed YAML in UTF-8, one document of bounded size and depth.", "ics-docs definition format"),
    DEF_002(ERROR, "Every key is one the definition format knows.", "ics-docs definition format"),
    DEF_003(ERROR, "A key appears once in its mapping, and a single section (such as ics or board) is defined in one file only.", "ics-docs definition format"),
    DEF_004(ERROR, "Every value has the type the format expects and every required key is present.", "ics-docs definition format"),
    DEF_005(ERROR, "The definition folder exists and holds at least one definition file.", "ics-docs definition format"),
    DEF_006(ERROR, "A justification names a warning or advice rule of the catalogue; errors cannot be justified.", "ics-docs definition format"),
    DEF_007(WARNING, "A justification matches a finding; one that silences nothing is stale.", "ics-docs definition format"),

    // Structure and references
    STR_001(ERROR, "Every identifier is unique within its kind; every reference resolves.", "—"),
    STR_002(ERROR, "Every referenced file exists, is inside the definition's folder, and is readable text or image of a bounded size.", "—"),
    STR_003(ERROR, "Dates are real dates; terms of office end after they start; a meeting's papers are dated on or before the meeting.", "—"),
    STR_004(WARNING, "Every organisation has an ODS code of the right shape for its kind.", "NHS ODS conventions"),
    // What the tool would otherwise drop or change silently in an author's Markdown or text: the author is told
    // where (issue 12). Images and links resolve as STR-002 requires of files the YAML names; remote images are
    // never fetched (a build depends on nothing outside the definition); raw HTML is escaped, never run (the site is public).
    STR_005(WARNING, "Papers and prose print as written: no remote image, raw HTML, image or link to a file missing or outside the definition, image too large to print, or character no embedded font can draw.", "ics-docs definition format"),

    // The ICB board
    BRD_001(ERROR, "Exactly one chair, who is independent (a non-executive).", "001, 000, Health and Care Act 2022 Sch. 1B"),
    BRD_002(ERROR, "At least two independent non-executive members besides the chair.", "001, 000, 004"),
    BRD_003(ERROR, "A chief executive (the accountable officer for the ICB's allocations).", "001, 000"),
    BRD_004(ERROR, "A director of finance, a medical director and a director of nursing.", "001, 000, 004"),
    BRD_005(ERROR, "At least three partner members: from NHS trusts, from providers of primary medical services, and from local authorities.", "001, 000, 004, Act Sch. 1B"),
    BRD_006(ERROR, "The local-authority partner member comes from an authority with social care responsibility inside the area (not a district council).", "000, 001"),
    BRD_007(ERROR, "The trust partner member comes from a trust providing services in the area; the primary care partner member from a provider of primary medical services in the area.", "001, 000"),
    BRD_008(WARNING, "Independent non-executives do not hold positions in other health and care organisations inside the ICS footprint.", "001"),
    BRD_009(WARNING, "Executive members are employed by the ICB.", "001"),
    BRD_010(ERROR, "Every board member records a fit and proper persons check and meets the eligibility criteria.", "004"),
    BRD_011(ADVICE, "Non-executives (chair and independent members) form a majority of the board.", "001 (NHS Providers view)"),
    BRD_012(ADVICE, "A director of public health has an official role (board, committee or ICP).", "001"),
    BRD_013(WARNING, "One independent non-executive is deputy chair and is not the audit committee chair; one is senior independent member.", "NHS England guidance on ICB constitutions and governance"),
    BRD_014(ERROR, "No member falls under a disqualification, and each records a declaration against them.", "Health and Care Act 2022 Sch. 1B; model ICB constitution"),
    BRD_015(ADVICE, "At least one member brings knowledge and experience of mental health services.", "NHS England guidance on ICB board membership"),
    BRD_016(ERROR, "The chair is appointed by NHS England; the chief executive by the chair with NHS England's approval, and is an ICB employee.", "Act Sch. 1B paras 3–5"),

    // Committees
    CTE_001(ERROR, "The board has an audit committee.", "001, 004"),
    CTE_002(ERROR, "The board has a remuneration committee.", "001, 004"),
    CTE_003(ERROR, "Every committee has terms of reference: purpose, chair, members, quorum, delegated functions and the body it reports to.", "001, 004"),
    CTE_004(ERROR, "A committee's quorum can be met by its members.", "—"),
    CTE_005(WARNING, "The audit chair is an independent member with audit or finance expertise, not the board chair; the remuneration chair is a non-executive who is neither.", "NHS England model ICB constitution"),
    CTE_006(WARNING, "The board has a quality committee and the ICB leads a System Quality Group.", "001"),

    // Conflicts of interest
    COI_001(ERROR, "Every board member, committee member and decision-taking staff member has a declaration of interests (nil counts).", "004"),
    COI_002(WARNING, "A declared interest touching an agenda item of a meeting the person attends is shown on that item with how it is managed.", "004"),
    COI_003(WARNING, "A partner member brings their sector's perspective and does not act as its delegate.", "001, 004"),
    COI_004(WARNING, "Each declaration is reviewed at least every 12 months.", "published ICB conflicts of interest policies"),

    // Integrated care partnership
    ICP_001(ERROR, "There is one ICP, a joint committee established by the ICB and every local authority with social care responsibility in the area.", "000, 001, 002, 004"),
    ICP_002(ERROR, "The ICP's members include the ICB and each of those local authorities.", "000"),
    ICP_003(WARNING, "Local Healthwatch is a member of the ICP.", "002"),
    ICP_004(WARNING, "The ICP has a chair, selected jointly by the ICB and the local authorities.", "001"),
    ICP_005(WARNING, "The ICP has an integrated care strategy, and the ICB's plan has regard to it.", "000, 001, 002"),

    // Places and neighbourhoods
    PLC_001(ERROR, "Every place-based partnership names one of the five governance models.", "001"),
    PLC_002(ERROR, "The governance model's parts exist.", "001"),
    PLC_003(WARNING, "Place membership covers primary care, the local authority including public health, acute, community and mental health providers, and people who use services.", "001, 004, 002"),
    PLC_004(WARNING, "Places together cover the whole ICS area.", "002, 003"),
    PLC_005(ADVICE, "A place serves roughly 250,000–500,000 people; a system 1–3 million.", "003"),
    NBH_001(ERROR, "Every primary care network is aligned to exactly one place.", "002"),
    NBH_002(ADVICE, "A neighbourhood serves roughly 30,000–50,000 people.", "003"),

    // Provider collaboratives
    PCL_001(ERROR, "A provider collaborative has at least two trusts as members.", "004"),
    PCL_002(ERROR, "Every trust providing acute or mental health services is in at least one provider collaborative.", "001, 004"),
    PCL_003(WARNING, "A collaborative agrees objectives with an ICB and names its decision-making model.", "001, 004"),
    PCL_004(ADVICE, "A collaborative works across more than one place.", "004"),

    // Functions and decisions
    FDM_001(ERROR, "Each of the ICB's core functions has exactly one accountable body.", "000, 001, 002"),
    FDM_002(ERROR, "Every delegation goes from a body holding the function to one that exists; no cycles; reserved functions are not delegated.", "001, 004"),
    FDM_003(ERROR, "Functions delegated by NHS England name the delegation agreement and the body that exercises them.", "004, 001"),
    FDM_004(WARNING, "Joint commissioning under section 75 names the authority, the pooled budget and the place.", "001, 002"),
    FDM_005(WARNING, "Functions shared with other ICBs name the partner ICBs and the joint arrangement.", "001"),
    FDM_006(ERROR, "A function delegated to a place or collaborative still traces back to the board.", "001"),

    // People and communities
    ENG_001(ERROR, "The ICB has an engagement framework to involve patients, unpaid carers and the public.", "000, 001, 002"),
    ENG_002(WARNING, "The ICP and each place have representation from local people and communities.", "000, 001"),
    ENG_003(WARNING, "A formal agreement embeds the VCSE sector in system-level governance.", "001"),
    ENG_004(ADVICE, "The engagement framework addresses the national principles for working with people and communities.", "000, 001"),

    // Clinical leadership, data and digital, finance
    CLD_001(WARNING, "The board has signed off a model of distributed clinical and care professional leadership.", "001"),
    DIG_001(WARNING, "A named SRO for digital and data, a shared care record, and a population health management plan.", "001"),
    FIN_001(ERROR, "Budgets delegated to places and collaboratives do not exceed the allocation; each names its holder.", "001"),
    FIN_002(WARNING, "Pooled budgets name their partners and host.", "001, 002"),
    FIN_003(WARNING, "The system declares how it meets the mental health investment standard and the community health services funding guarantee.", "001"),

    // Meetings and board packs
    MTG_001(ERROR, "A meeting belongs to a body that exists, has a date, and says whether it is held in public.", "—"),
    MTG_002(ERROR, "Every agenda item has a purpose, a presenter, and either a paper or an explicit verbal kind.", "board pack convention"),
    MTG_003(WARNING, "The meeting is quorate on the attendance recorded.", "constitution standing orders"),
    MTG_004(WARNING, "Board meetings are held in public unless excluded by resolution; private items say why; papers are published before the meeting.", "004; model ICB constitution"),
    // Board-pack convention: every paper for decision or approval carries a cover sheet that gives the executive
    // summary, the recommendation, the risks, and the equality and finance implications, so the board decides on
    // the facts (NHS England model ICB constitution and standing orders, the section on the agenda and supporting
    // papers; the paragraph number differs between editions. Public Sector Equality Duty, Equality Act 2010 s149:
    // due regard is shown by recording the equality effects before the decision). Written 1 December 2026.
    MTG_005(WARNING, "An item for decision or approval has a cover sheet with the summary, the recommendation, the risks, and the equality and finance implications.", "board pack convention; model ICB constitution standing orders; Equality Act 2010 s149");

    private final Severity severity;
    private final String summary;
    private final String source;

    Rule(Severity severity, String summary, String source) {
        this.severity = severity;
        this.summary = summary;
        this.source = source;
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

    public String source() {
        return source;
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
