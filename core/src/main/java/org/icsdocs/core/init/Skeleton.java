package org.icsdocs.core.init;

import static org.icsdocs.core.init.YamlWriter.node;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icsdocs.core.init.YamlWriter.Node;
import org.icsdocs.core.model.CoreFunction;
import org.icsdocs.core.model.LocalAuthorityTier;
import org.icsdocs.core.model.OfficerRole;
import org.icsdocs.core.model.PlanKind;
import org.icsdocs.core.reference.IcbMap;
import org.icsdocs.core.reference.ReferenceNames;
import org.icsdocs.core.validate.PlaceholderRules;

/**
 * The files of a new ICS project for one ICB of the reference map, as text keyed by path
 * relative to the project folder. What the reference data knows (the ICB, its upper-tier
 * councils, its trusts and their ODS codes, its predecessors) is written as fact; everything a
 * governance team must decide or name is a placeholder value starting "To complete: ", which
 * {@link PlaceholderRules} reports as advice, so the first validation is the team's to-do list.
 * Pure: the same ICB, date and version give the same bytes.
 */
public final class Skeleton {

    static final String ICS_DIR = "src/main/ics/";
    private static final String TODO = PlaceholderRules.MARKER;

    private final IcbMap map;
    private final IcbMap.Icb icb;
    private final LocalDate asAt;
    private final String pluginVersion;
    private final String icbName;
    private final String shortName;
    private final String icbId;
    private final List<Org> councils = new ArrayList<>();
    private final List<Org> trusts = new ArrayList<>();
    private final List<Org> healthwatch = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> files = new LinkedHashMap<>();

    /** An organisation as the skeleton names it. */
    private record Org(String id, String name, String shortName, String odsCode, LocalAuthorityTier tier) {
    }

    private Skeleton(IcbMap map, IcbMap.Icb icb, LocalDate asAt, String pluginVersion) {
        this.map = map;
        this.icb = icb;
        this.asAt = asAt;
        this.pluginVersion = pluginVersion;
        this.icbName = ReferenceNames.titleCase(icb.name());
        this.shortName = ReferenceNames.icbShortName(icbName);
        this.icbId = unique(ReferenceNames.slug(shortName) + "-icb");
        ids.add("nhs-england");
        ids.add("vcse");
        ids.add("gp-practice");
        for (IcbMap.AssociatedOrganisation la : map.localAuthorities(icb.key())) {
            String shortLa = ReferenceNames.councilShortName(la.name());
            councils.add(new Org(unique(ReferenceNames.slug(la.name())), la.name(), shortLa, la.odsCode(),
                    ReferenceNames.councilTier(icb.regionCode(), la.name())));
        }
        for (IcbMap.AssociatedOrganisation t : map.trusts(icb.key())) {
            trusts.add(new Org(unique(ReferenceNames.slug(t.name())), t.name(), ReferenceNames.trustShortName(t.name()), t.odsCode(), null));
        }
        for (Org council : councils) {
            healthwatch.add(new Org(unique("healthwatch-" + ReferenceNames.slug(council.shortName())), "Healthwatch " + council.shortName(),
                    null, null, null));
        }
    }

    /**
     * The project's files for an ICB in force on {@code asAt}.
     *
     * @param pluginVersion the version of ics-maven-plugin the project's pom.xml uses
     */
    public static Map<String, String> files(IcbMap map, IcbMap.Icb icb, LocalDate asAt, String pluginVersion) {
        Skeleton s = new Skeleton(map, icb, asAt, pluginVersion);
        s.write();
        return Map.copyOf(s.files);
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private void write() {
        pom();
        profile();
        organisations();
        people();
        board();
        committees();
        icp();
        places();
        functions();
        engagement();
        digitalQualityFinance();
        duties();
        declarations();
        meeting();
        prose();
        files.putAll(ProjectFiles.all());
    }

    /** A YAML file of the definition, whose first line points editors (the YAML language server) at the project's schema. */
    private void yaml(String relative, List<String> comment, Node root) {
        files.put(ICS_DIR + relative, ProjectFiles.schemaLine(ICS_DIR + relative) + YamlWriter.document(comment, root));
    }

    private List<String> councilIds() {
        return councils.stream().map(Org::id).toList();
    }

    private List<String> trustIds() {
        return trusts.stream().map(Org::id).toList();
    }

    private List<String> healthwatchIds() {
        return healthwatch.stream().map(Org::id).toList();
    }

    // ics.yaml -------------------------------------------------------------------------------

    private void profile() {
        List<String> councilNames = councils.stream().map(Org::shortName).toList();
        Node ics = node()
                .put("id", ReferenceNames.slug(shortName))
                .put("name", shortName + " Integrated Care System")
                .put("short-name", shortName)
                .put("icb", icbId)
                .put("ons-code", icb.onsCode().orElse(null))
                .put("region", icb.region().replaceAll(" \\(Y\\d+\\)$", ""))
                .put("area", "The areas of " + inWords(councilNames) + ".")
                .put("local-authorities", councilIds())
                .put("established", icb.establishedOn())
                .put("predecessor", predecessorText())
                .put("vision", TODO + "the system's vision, in one sentence")
                .put("aims", List.of(TODO + "the system's aims, one per item"))
                .put("about", "prose/about.md");
        Node constitution = node()
                .put("version", "0.1")
                .put("status", "draft")
                .put("prose", List.of(node().put("section", "introduction").put("file", "prose/constitution-introduction.md"),
                        node().put("section", "public-involvement").put("file", "prose/public-involvement.md")))
                .put("related-documents", List.of("Standing Orders", "Standing Financial Instructions", "Governance Handbook",
                        "Functions and Decision Map", "Scheme of Reservation and Delegation", "Conflicts of Interest Policy").stream()
                        .map(t -> node().put("title", t)).toList());
        List<Node> justifications = new ArrayList<>();
        if (icb.odsCode().isEmpty()) {
            justifications.add(node().put("rule", "STR-004").put("subject", icbId).put("reason", icbName + " was established on "
                    + longDate(icb.establishedOn()) + "; its ODS code is not in ics-docs' reference data, so it is left out rather than "
                    + "guessed."));
        }
        for (Org council : councils) {
            if (!council.odsCode().matches("\\d{3}")) {
                justifications.add(node().put("rule", "STR-004").put("subject", council.id()).put("reason", council.name()
                        + " was created in a recent local government reorganisation; its ODS code " + council.odsCode()
                        + " does not follow the three-digit pattern of older councils and is the one the Organisation Data Service publishes."));
            }
        }
        yaml("ics.yaml", List.of("The system profile and the constitution's metadata, written by ics:init from ics-docs' reference",
                        "data as at " + asAt + ". Replace every value starting \"" + TODO.strip() + "\"; `mvn ics:validate` lists them."),
                node().put("ics", ics).put("constitution", constitution).put("justifications", justifications));
    }

    private String predecessorText() {
        if (icb.predecessors().isEmpty()) {
            return "The clinical commissioning groups of " + shortName + " (" + TODO.strip().toLowerCase(Locale.ROOT) + " their names and codes)";
        }
        List<String> names = icb.predecessors().stream().map(k -> map.icb(k).map(i -> ReferenceNames.titleCase(i.name())).orElse(k)).toList();
        return inWords(names) + " (in whole or in part)";
    }

    // organisations.yaml -----------------------------------------------------------------------

    private void organisations() {
        List<Node> list = new ArrayList<>();
        list.add(node().put("id", icbId).put("name", icbName).put("short-name", "NHS " + shortName).put("kind", "icb")
                .put("ods-code", icb.odsCode().orElse(null)).put("established-on", icb.establishedOn()));
        for (String key : icb.predecessors()) {
            map.icb(key).filter(p -> p.successor().filter(icb.key()::equals).isPresent()).ifPresent(p -> {
                String name = ReferenceNames.titleCase(p.name());
                list.add(node().put("id", unique(ReferenceNames.slug(ReferenceNames.icbShortName(name)) + "-icb")).put("name", name)
                        .put("short-name", "NHS " + ReferenceNames.icbShortName(name)).put("kind", "icb").put("ods-code", p.odsCode().orElse(null))
                        .put("operates-in-area", false).put("established-on", p.establishedOn()).put("dissolved-on", p.dissolvedOn().orElse(null))
                        .put("successor", icbId));
            });
        }
        // NHS England's ODS code is X24 (ODS, national bodies).
        list.add(node().put("id", "nhs-england").put("name", "NHS England").put("kind", "nhs-england").put("ods-code", "X24")
                .put("operates-in-area", false));
        for (Org c : councils) {
            list.add(node().put("id", c.id()).put("name", c.name()).put("short-name", c.shortName()).put("kind", "local-authority")
                    .put("tier", c.tier().key()).put("ods-code", c.odsCode()));
        }
        for (Org t : trusts) {
            // The kind follows the name: foundation trusts are authorised under the NHS Act 2006 s.35 and say so in their names.
            list.add(node().put("id", t.id()).put("name", t.name()).put("short-name", t.shortName())
                    .put("kind", t.name().contains("Foundation Trust") ? "foundation-trust" : "nhs-trust").put("ods-code", t.odsCode()));
        }
        for (Org h : healthwatch) {
            list.add(node().put("id", h.id()).put("name", h.name()).put("kind", "healthwatch"));
        }
        list.add(node().put("id", "vcse").put("name", TODO + "the name of the VCSE alliance or forum").put("short-name", "VCSE alliance")
                .put("kind", "vcse"));
        // No ODS code is invented for the placeholder practice: STR-004 warns until the team adds the real one.
        list.add(node().put("id", "gp-practice").put("name", TODO + "the practice of the primary care partner member")
                .put("kind", "primary-medical-services"));
        yaml("organisations.yaml", List.of("Organisations. The ICB, its councils and its NHS trusts, with their ODS codes, are from ics-docs'",
                        "reference data (NHS Organisation Data Service, via the RCPCH organisations package; see the README of",
                        "ics-core's reference data) as at " + asAt + ". The data lists no district councils: add them with",
                        "'tier: district' and 'county:' where the area has them. The trusts are those the data associates with",
                        "the ICB: remove any that do not serve the area and add each trust's 'services:'. Each council's tier is",
                        "judged from its name: check it. Local Healthwatch names follow the usual pattern: check them."),
                node().put("organisations", list));
    }

    // people.yaml ------------------------------------------------------------------------------

    /** A placeholder person: the id the files use and what the team must fill in. */
    private record Placeholder(String id, String role, String employer, List<String> expertise, List<String> statutoryRoles) {
    }

    private List<Placeholder> placeholders() {
        List<Placeholder> people = new ArrayList<>();
        people.add(new Placeholder("chair", "the chair", icbId, List.of("governance"), List.of()));
        // Three independent members: deputy chair and senior independent member, the audit chair
        // (audit or finance expertise, CTE-005), and one with mental health expertise (BRD-015).
        people.add(new Placeholder("ine-deputy", "the deputy chair and senior independent member", icbId, List.of("governance"), List.of()));
        people.add(new Placeholder("ine-audit", "the independent member who chairs the audit committee", icbId, List.of("audit", "finance"), List.of()));
        people.add(new Placeholder("ine-quality", "the independent member who chairs the quality committee", icbId, List.of("mental-health", "quality"), List.of()));
        people.add(new Placeholder("ceo", "the chief executive", icbId, List.of("governance"), List.of("accountable-emergency-officer")));
        people.add(new Placeholder("dof", "the director of finance", icbId, List.of("finance"), List.of()));
        people.add(new Placeholder("medical-director", "the medical director", icbId, List.of("clinical"), List.of()));
        people.add(new Placeholder("director-of-nursing", "the director of nursing", icbId, List.of("clinical", "quality"), List.of()));
        people.add(new Placeholder("pm-trusts", "the partner member from NHS trusts and foundation trusts", trusts.get(0).id(), List.of(), List.of()));
        people.add(new Placeholder("pm-primary-care", "the partner member from providers of primary medical services", "gp-practice",
                List.of("primary-care"), List.of()));
        people.add(new Placeholder("pm-local-authority", "the partner member from the local authorities", councils.get(0).id(), List.of("social-care"),
                List.of()));
        people.add(new Placeholder("dph", "the director of public health of " + councils.get(0).shortName(), councils.get(0).id(), List.of("public-health"),
                List.of("director-of-public-health")));
        people.add(new Placeholder("icp-chair", "the chair of the integrated care partnership", icbId, List.of(), List.of()));
        return people;
    }

    /**
     * The officer roles no board seat holds by default (OfficerRules): each its own placeholder
     * person, with no declaration, since they sit on no board or committee.
     */
    private List<Placeholder> officerPlaceholders() {
        List<Placeholder> people = new ArrayList<>();
        people.add(new Placeholder("dpo", "the Data Protection Officer", icbId, List.of(), List.of()));
        people.add(new Placeholder("ftsu-guardian", "the Freedom to Speak Up Guardian", icbId, List.of(), List.of()));
        people.add(new Placeholder("designated-doctor-safeguarding", "the designated doctor for safeguarding children", icbId, List.of("clinical"), List.of()));
        people.add(new Placeholder("designated-nurse-safeguarding", "the designated nurse for safeguarding children", icbId, List.of("clinical"), List.of()));
        people.add(new Placeholder("designated-doctor-looked-after", "the designated doctor for looked after children", icbId, List.of("clinical"), List.of()));
        people.add(new Placeholder("designated-nurse-looked-after", "the designated nurse for looked after children", icbId, List.of("clinical"), List.of()));
        return people;
    }

    /** Who holds each officer role until the team decides: the usual holder on the board, or a placeholder of its own. */
    private static Map<OfficerRole, String> officerHolders() {
        Map<OfficerRole, String> holders = new EnumMap<>(OfficerRole.class);
        holders.put(OfficerRole.CALDICOTT_GUARDIAN, "medical-director");
        holders.put(OfficerRole.SENIOR_INFORMATION_RISK_OWNER, "dof");
        holders.put(OfficerRole.DATA_PROTECTION_OFFICER, "dpo");
        holders.put(OfficerRole.FREEDOM_TO_SPEAK_UP_GUARDIAN, "ftsu-guardian");
        holders.put(OfficerRole.FREEDOM_TO_SPEAK_UP_EXECUTIVE_LEAD, "director-of-nursing");
        // OFF-004: the non-executive lead holds a non-executive seat on the board.
        holders.put(OfficerRole.FREEDOM_TO_SPEAK_UP_NON_EXECUTIVE_LEAD, "ine-deputy");
        // CON-006: the chief executive's own record names the accountable emergency officer role.
        holders.put(OfficerRole.ACCOUNTABLE_EMERGENCY_OFFICER, "ceo");
        holders.put(OfficerRole.DESIGNATED_DOCTOR_SAFEGUARDING_CHILDREN, "designated-doctor-safeguarding");
        holders.put(OfficerRole.DESIGNATED_NURSE_SAFEGUARDING_CHILDREN, "designated-nurse-safeguarding");
        holders.put(OfficerRole.DESIGNATED_DOCTOR_LOOKED_AFTER_CHILDREN, "designated-doctor-looked-after");
        holders.put(OfficerRole.DESIGNATED_NURSE_LOOKED_AFTER_CHILDREN, "designated-nurse-looked-after");
        return holders;
    }

    private void people() {
        List<Node> list = new ArrayList<>();
        List<Placeholder> all = new ArrayList<>(placeholders());
        all.addAll(officerPlaceholders());
        for (Placeholder p : all) {
            list.add(node().put("id", p.id()).put("name", TODO + "the name of " + p.role()).put("employer", p.employer())
                    .put("statutory-roles", p.statutoryRoles()).put("expertise", p.expertise())
                    .put("biography", TODO + "a short biography of " + p.role() + ", and the real dates of appointment, fit and proper person check and declaration"));
        }
        yaml("people.yaml", List.of("People. Every entry is a placeholder for a seat or role the constitution and the rules require:",
                "replace each name, and add the other people your board papers and committees name."), node().put("people", list));
    }

    private void declarations() {
        List<Node> list = new ArrayList<>();
        for (Placeholder p : placeholders()) {
            list.add(node().put("person", p.id()).put("declared-on", asAt).put("nil", true));
        }
        yaml("declarations.yaml", List.of("Register of interests (COI-001: every board and committee member declares, nil counts).",
                        "These nil declarations are placeholders dated the day the project was created: replace them",
                        "with each member's real declaration before publishing."),
                node().put("declarations", list));
    }

    // board.yaml -------------------------------------------------------------------------------

    private void board() {
        // The statutory seats: NHS Act 2006 Sch. 1B (inserted by the Health and Care Act 2022) paras 3 to 8: a
        // chair appointed by NHS England (para 5), a chief executive appointed by the chair with NHS England's
        // approval (para 7), and ordinary members including partner members (paras 3(1)(c), 8); NHS England's
        // model constitution adds the director of finance, medical director, director of nursing and at least
        // two independent non-executive members (the catalogue's BRD-001 to BRD-005).
        List<Node> members = new ArrayList<>();
        members.add(seat("chair", "chair", "Chair").put("independent", true).put("appointed-by", "nhs-england"));
        members.add(seat("ine-deputy", "independent-non-executive", "Deputy Chair and Senior Independent Member").put("independent", true)
                .put("deputy-chair", true).put("senior-independent-member", true).put("appointed-by", icbId));
        members.add(seat("ine-audit", "independent-non-executive", "Independent Non-Executive Member (Audit)").put("independent", true)
                .put("appointed-by", icbId));
        members.add(seat("ine-quality", "independent-non-executive", "Independent Non-Executive Member (Quality)").put("independent", true)
                .put("appointed-by", icbId));
        members.add(seat("ceo", "chief-executive", "Chief Executive").put("appointed-by", icbId).put("approved-by", "nhs-england"));
        members.add(seat("dof", "director-of-finance", "Director of Finance").put("appointed-by", icbId));
        members.add(seat("medical-director", "medical-director", "Medical Director").put("appointed-by", icbId));
        members.add(seat("director-of-nursing", "director-of-nursing", "Director of Nursing").put("appointed-by", icbId));
        members.add(partner("pm-trusts", "Partner Member (NHS trusts and foundation trusts)", "nhs-trusts", trustIds()));
        members.add(partner("pm-primary-care", "Partner Member (primary medical services)", "primary-medical-services", List.of("gp-practice")));
        members.add(partner("pm-local-authority", "Partner Member (local authorities)", "local-authority", councilIds()));
        for (Node m : members) {
            m.put("appointed-on", asAt).put("term-start", asAt)
                    .put("fit-and-proper", node().put("checked-on", asAt).put("outcome", "met").put("eligibility-met", true))
                    .put("disqualification", node().put("declared-on", asAt));
        }
        Node board = node()
                .put("id", "board")
                .put("name", "NHS " + shortName + " Board")
                .put("meeting-frequency", TODO + "how often the board meets in public")
                .put("quorum", node().put("members", 6)
                        .put("including", List.of("chair-or-deputy", "executive", "independent-non-executive", "partner-member", "clinical")))
                .put("members", members);
        yaml("board.yaml", List.of("The unitary board of " + icbName + ": every statutory seat, each held by a placeholder person",
                        "(people.yaml). The appointment dates, terms and checks are placeholders dated the day the project was",
                        "created: replace them with the real ones. Add the partner members your constitution provides for."),
                node().put("board", board));
    }

    private static Node seat(String person, String role, String title) {
        return node().put("person", person).put("role", role).put("title", title);
    }

    private Node partner(String person, String title, String sector, List<String> nominatedBy) {
        return seat(person, "partner-member", title).put("partner-sector", sector).put("nominated-by", nominatedBy).put("appointed-by", icbId)
                .put("perspective-not-delegate", true);
    }

    // committees -------------------------------------------------------------------------------

    private void committees() {
        // Terms of reference after NHS England's model ICB constitution and its guidance on ICB governance: every
        // ICB has an audit committee and a remuneration committee, the audit chair an independent member with
        // audit or finance expertise, the remuneration chair a non-executive who is neither the board chair nor
        // the audit chair (e.g. NHS Lincolnshire ICB, "Committees", lincolnshire.icb.nhs.uk; the catalogue's
        // CTE-001, CTE-002 and CTE-005); a quality committee is the catalogue's CTE-006.
        committee("audit", "Audit and Risk Committee", "audit",
                "Gives the board independent assurance on governance, risk management and internal control across the ICB's "
                        + "activities, and on the integrity of its financial statements.",
                List.of("Review the adequacy and effectiveness of the ICB's governance, risk management and internal control, including the board assurance framework.",
                        "Agree the internal audit plan, receive its reports and follow up its recommendations.",
                        "Review the work and findings of the external auditor and consider its annual letter.",
                        "Review the annual report and accounts before they go to the board for approval.",
                        "Oversee counter fraud, bribery and corruption arrangements.",
                        "Monitor compliance with the standing orders, standing financial instructions and the conflicts of interest policy."),
                "ine-audit", "ine-deputy", List.of("ine-audit", "ine-deputy", "ine-quality"), List.of("chair-or-deputy", "independent-non-executive"), 2,
                "Audit, risk management and internal control", "NHS Act 2006 Sch. 1B; Local Audit and Accountability Act 2014");
        committee("remuneration", "Remuneration Committee", "remuneration",
                "Decides, on behalf of the board, the remuneration, allowances and terms of service of the chief executive, the executive "
                        + "members and other staff on very senior manager terms.",
                List.of("Determine the pay, allowances and terms of service of the chief executive, executive members and very senior managers, within national guidance.",
                        "Determine arrangements for termination payments and any special payments to those staff.",
                        "Oversee the ICB's pension and contractual arrangements for staff and its pay framework.",
                        "Recommend to the board the remuneration of the chair and independent non-executive members within NHS England's framework."),
                "ine-deputy", "ine-quality", List.of("ine-deputy", "ine-quality", "ine-audit"), List.of("chair-or-deputy", "independent-non-executive"), 2,
                "Remuneration and terms of service of executive members and very senior managers", "NHS Act 2006 Sch. 1B");
        committee("quality", "Quality and Safety Committee", "quality",
                "Assures the board on the quality and safety of the services the ICB commissions and on the ICB's own duties for quality, "
                        + "safeguarding and patient experience.",
                List.of("Receive assurance on the safety, effectiveness and experience of commissioned services, escalating concerns to the board.",
                        "Oversee the ICB's duties for safeguarding children and adults at risk.",
                        "Receive reports of the System Quality Group and agree system quality priorities.",
                        "Review learning from deaths, complaints and learning disability mortality reviews."),
                "ine-quality", "ine-deputy", List.of("ine-quality", "ine-deputy", "director-of-nursing", "medical-director"),
                List.of("chair-or-deputy", "clinical"), 3,
                "Quality and safety of commissioned services", "NHS Act 2006 s14Z34");
    }

    private void committee(String id, String name, String kind, String purpose, List<String> responsibilities, String chair, String viceChair,
                           List<String> members, List<String> quorumIncluding, int quorum, String functionName, String statute) {
        List<Node> memberNodes = new ArrayList<>();
        for (String m : members) {
            memberNodes.add(node().put("person", m).put("role", m.equals(chair) ? "Chair" : m.equals(viceChair) ? "Vice Chair" : "Member"));
        }
        Node committee = node()
                .put("id", id).put("name", name).put("kind", kind).put("type", "committee")
                .put("purpose", purpose).put("responsibilities", responsibilities)
                .put("chair", chair).put("vice-chair", viceChair).put("members", memberNodes)
                .put("quorum", node().put("members", quorum).put("including", quorumIncluding))
                .put("reports-to", "board")
                .put("meeting-frequency", TODO + "how often the committee meets")
                .put("meets-in-public", false)
                .put("approved-on", asAt)
                .put("review-due", asAt.plusYears(1));
        String functionId = "F-" + id;
        Node function = node().put("id", functionId).put("name", functionName).put("category", "other").put("statutory-source", statute)
                .put("accountable", "board").put("exercised-by", id).put("reporting-route", "board");
        Node delegation = node().put("id", "D-" + id).put("function", functionId).put("from", "board").put("to", id).put("reports-to", "board");
        yaml("committees/" + id + ".yaml", List.of(name + ": terms of reference after NHS England's model ICB constitution. Check them",
                        "against your constitution; the approval date is the day the project was created."),
                node().put("committees", List.of(committee)).put("functions", List.of(function)).put("delegations", List.of(delegation)));
    }

    // icp.yaml ---------------------------------------------------------------------------------

    private void icp() {
        // NHS Act 2006 s116ZA (inserted by the Health and Care Act 2022 s26): the ICB and each responsible local
        // authority whose area is in the ICB's area establish the integrated care partnership as a joint committee.
        List<String> parties = new ArrayList<>(List.of(icbId));
        parties.addAll(councilIds());
        List<Node> members = new ArrayList<>();
        members.add(node().put("organisation", icbId).put("person", "chair").put("role", "Chair, NHS " + shortName).put("represents", List.of("icb")));
        for (Org c : councils) {
            members.add(node().put("organisation", c.id()).put("role", "Leader of the Council (or nominated cabinet member)")
                    .put("represents", List.of("local-authority")));
        }
        members.add(node().put("organisation", councils.get(0).id()).put("person", "dph").put("role", "Director of Public Health")
                .put("represents", List.of("local-authority", "public-health")));
        for (Org h : healthwatch) {
            members.add(node().put("organisation", h.id()).put("role", "Chief Executive").put("represents", List.of("people-who-use-services")));
        }
        members.add(node().put("organisation", "vcse").put("role", "VCSE sector representative").put("represents", List.of("vcse")));
        Node icp = node()
                .put("id", "icp")
                .put("name", shortName + " Integrated Care Partnership")
                .put("chair", "icp-chair")
                .put("chair-selected-by", parties)
                .put("established-by", parties)
                .put("members", members)
                .put("quorum", node().put("members", 2))
                // LGPIHA 2007 s116ZB(4)(a): the partnership involves each local Healthwatch in preparing the strategy (ICP-006).
                .put("strategy", node().put("title", shortName + " Integrated Care Strategy").put("published-on", asAt).put("icb-plan-has-regard", true)
                        .put("involved-healthwatch", healthwatchIds())
                        .put("summary", TODO + "a summary of the integrated care strategy, the date it was published and how each local "
                                + "Healthwatch was involved in preparing it"))
                .put("meeting-frequency", TODO + "how often the partnership meets");
        yaml("icp.yaml", List.of("The integrated care partnership: a joint committee of the ICB and the upper-tier councils.",
                "Add the other members your partnership has agreed."), node().put("icp", icp));
    }

    // places/*.yaml ----------------------------------------------------------------------------

    private void places() {
        for (Org c : councils) {
            String id = unique(ReferenceNames.slug(c.shortName()));
            Node place = node()
                    .put("id", id)
                    .put("name", c.shortName() + " Place Partnership")
                    .put("short-name", c.shortName())
                    .put("areas", List.of(c.id()))
                    .put("governance", node().put("model", "consultative-forum").put("description", TODO
                            + "how the partnership takes decisions; the model is a starting point (one of the five in NHS England's guidance on "
                            + "thriving places)"))
                    .put("members", List.of(
                            node().put("organisation", icbId).put("role", "Place director").put("represents", List.of("icb")),
                            node().put("organisation", c.id()).put("role", "Director of Public Health or nominee")
                                    .put("represents", List.of("local-authority", "public-health")),
                            node().put("organisation", c.id()).put("role", "Director of Adult Social Services or nominee")
                                    .put("represents", List.of("local-authority", "social-care")),
                            node().put("role", TODO + "the acute provider's representative").put("represents", List.of("acute")),
                            node().put("role", TODO + "the community services provider's representative").put("represents", List.of("community")),
                            node().put("role", TODO + "the mental health provider's representative").put("represents", List.of("mental-health")),
                            node().put("role", "Clinical directors of the place's primary care networks").put("represents", List.of("primary-care")),
                            node().put("organisation", healthwatch.get(councils.indexOf(c)).id()).put("role", "Healthwatch representative")
                                    .put("represents", List.of("people-who-use-services")),
                            node().put("organisation", "vcse").put("role", "VCSE representative").put("represents", List.of("vcse"))))
                    .put("summary", TODO + "the place's area, population and acute provider; one place per council is only a starting point");
            yaml("places/" + id + ".yaml", List.of("A place-based partnership for the area of " + c.name() + ". Split or merge places to match",
                    "your system, and add the place's primary care networks under 'pcns:'."), node().put("places", List.of(place)));
        }
    }

    // functions.yaml ---------------------------------------------------------------------------

    private void functions() {
        // The ICB's core functions, from NHS England's ICS Design Framework (2021) as the catalogue's FDM-001 lists them.
        List<Node> list = new ArrayList<>();
        int n = 1;
        for (CoreFunction f : CoreFunction.values()) {
            list.add(node().put("id", String.format(Locale.ROOT, "F%02d", n++)).put("name", f.label()).put("category", "core")
                    .put("core-function", f.key()).put("accountable", "board").put("reporting-route", "board"));
        }
        yaml("functions.yaml", List.of("The functions and decision map: the ICB's core functions, the board accountable for each.",
                "Add the functions NHS England delegates, joint arrangements with the councils and other ICBs, and the",
                "delegations that put them into effect (committees' functions are kept with their terms of reference)."),
                node().put("functions", list));
    }

    // engagement.yaml, digital.yaml, quality.yaml, finance.yaml ----------------------------------

    private void engagement() {
        List<String> parties = new ArrayList<>(List.of(icbId));
        parties.addAll(councilIds());
        parties.addAll(healthwatchIds());
        parties.add("vcse");
        Node engagement = node()
                .put("framework", node().put("title", shortName + " Framework for Working with People and Communities").put("parties", parties)
                        .put("document", "prose/engagement-framework.md")
                        .put("summary", TODO + "how partners involve patients, unpaid carers and the public (the ICB's duty under NHS Act 2006 s14Z45)"))
                .put("vcse-agreement", node().put("title", shortName + " VCSE Partnership Agreement").put("parties", List.of(icbId, "vcse"))
                        .put("summary", TODO + "how the agreement embeds the VCSE sector in system governance"))
                .put("healthwatch", healthwatchIds());
        yaml("engagement.yaml", List.of("Working with people and communities."), node().put("engagement", engagement));
    }

    private void digitalQualityFinance() {
        List<String> parties = new ArrayList<>(List.of(icbId));
        parties.addAll(councilIds());
        parties.addAll(trustIds());
        Node digital = node()
                .put("sro", "ceo")
                .put("shared-care-record", node().put("title", shortName + " Shared Care Record").put("parties", parties)
                        .put("summary", TODO + "the shared care record and who takes part"))
                .put("population-health-management", node().put("title", shortName + " Population Health Management Plan")
                        .put("summary", TODO + "the population health management plan"));
        yaml("digital.yaml", List.of("Digital and data. The senior responsible owner is the chief executive until you name another."),
                node().put("digital", digital));
        List<String> qualityParties = new ArrayList<>(parties);
        qualityParties.addAll(healthwatchIds());
        Node quality = node()
                .put("lead", "director-of-nursing")
                .put("system-quality-group", node().put("title", shortName + " System Quality Group").put("parties", qualityParties)
                        .put("summary", TODO + "how the System Quality Group shares intelligence on quality and reports to the Quality and Safety Committee"));
        Node leadership = node()
                .put("model", shortName + " Clinical and Care Professional Leadership Framework")
                .put("signed-off-by", "board")
                .put("document", "prose/clinical-leadership.md")
                .put("summary", TODO + "the model of clinical and care professional leadership and the date the board signed it off");
        yaml("quality.yaml", List.of("Quality governance and clinical and care professional leadership."),
                node().put("quality", quality).put("clinical-leadership", leadership));
        // FIN-004 (NHS Act 2006 s223GC) needs an amount; ics-docs' reference data holds no allocations, so the
        // skeleton records nil, flagged in the file's comment and in the mental health investment to-do.
        Node finance = node()
                .put("year", DutyRecords.financialYear(DutyRecords.financialYearStart(asAt)))
                .put("planned-expenditure", 0)
                .put("mental-health-investment-standard", TODO + "the planned expenditure (recorded as nil until then), the allocation "
                        + "and how the ICB's plan meets the mental health investment standard")
                .put("community-services-guarantee", TODO + "how spending on primary and community health services keeps pace with the allocation");
        yaml("finance.yaml", List.of("Finance. Replace the nil planned expenditure with the plan the board approved, and add the",
                "allocation, the running cost allowance and running costs, and the delegated and pooled budgets."), node().put("finance", finance));
    }

    // duties.yaml ---------------------------------------------------------------------------------

    private void duties() {
        int year = DutyRecords.financialYearStart(asAt);
        List<Node> plans = DutyRecords.plans(asAt, trustIds(), (kind, fy) -> TODO + "the title of the " + kind.label().toLowerCase(Locale.ROOT)
                + (kind == PlanKind.ANNUAL_REPORT ? " on " : " for ") + fy + " as published, and the real days it was agreed and published", false);
        LocalDate published = LocalDate.of(year, 3, 31);
        Node equality = node()
                .put("arrangements", TODO + "how the ICB's decisions have due regard to the public sector equality duty (Equality Act 2010 "
                        + "s149), and the real days it last published its equality information and objectives")
                .put("objectives", List.of(TODO + "the ICB's equality objectives, one per item"))
                .put("objectives-published-on", published)
                .put("information-published-on", published);
        yaml("duties.yaml", List.of("Plans and reports (NHS Act 2006 ss14Z52, 14Z56, 14Z58), the statutory and mandated officers, the",
                        "equality duty and the Provider Selection Regime's annual summary. The dates are placeholders, plausible as at",
                        asAt + ": replace them with the real ones. Each officer role is held by its usual holder on the board or by",
                        "a placeholder person of its own (people.yaml): check who holds each."),
                node().put("plans", plans).put("officers", DutyRecords.officers(officerHolders(), false)).put("equality", equality)
                        .put("procurement", DutyRecords.procurement(asAt)));
    }

    // meetings/<year>/<date>-board.yaml ------------------------------------------------------------

    private void meeting() {
        // A worked example: the first Thursday of the month after next, so that it is still ahead.
        LocalDate date = asAt.plusMonths(2).withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        String folder = "meetings/" + date.getYear() + "/";
        String paper = "papers/" + date + "-chief-executives-report.md";
        List<Node> items = List.of(
                item("1.1", "Welcome, apologies and quorum", "verbal", "information", "chair"),
                item("1.2", "Declarations of interest", "verbal", "information", "chair"),
                item("1.3", "Questions from the public", "verbal", "information", "chair"),
                item("2.1", "Chief Executive's report", "enclosure", "information", "ceo").put("paper", paper).put("paper-date", date.minusDays(7))
                        .put("cover", node().put("author", "ceo").put("sponsor", "ceo")
                                .put("summary", TODO + "what the paper is about, in two sentences")
                                .put("recommendation", "The board is asked to note the report.")));
        Node meeting = node()
                .put("id", "board-" + date)
                .put("body", "board")
                .put("title", "Board meeting held in public")
                .put("date", date)
                .put("start", java.time.LocalTime.of(10, 0))
                .put("end", java.time.LocalTime.of(12, 0))
                .put("venue", TODO + "the venue")
                .put("in-public", true)
                .put("papers-published-on", date.minusDays(7))
                .put("agenda", List.of(node().put("title", "Opening business").put("items", items.subList(0, 3)),
                        node().put("title", "Reports").put("items", items.subList(3, 4))));
        yaml(folder + date + "-board.yaml", List.of("A worked example of a board meeting: copy it for each meeting. Record attendance,",
                "minutes and actions once the meeting has been held."), node().put("meetings", List.of(meeting)));
        files.put(ICS_DIR + folder + paper, "# Chief Executive's report\n\n" + TODO + "the report. A paper is Markdown: headings, lists, "
                + "tables and links all work.\n\n## Operational performance\n\n" + TODO + "write this section.\n\n## Finance\n\n"
                + TODO + "write this section.\n");
    }

    private static Node item(String number, String title, String kind, String purpose, String presenter) {
        return node().put("number", number).put("title", title).put("kind", kind).put("purpose", purpose).put("presenter", presenter);
    }

    // pom.xml and prose/*.md --------------------------------------------------------------------

    private void pom() {
        files.put("pom.xml", SkeletonTexts.pom(shortName, icbName, asAt, pluginVersion));
    }

    private void prose() {
        SkeletonTexts.prose(shortName, icbName, icb.establishedOn(), councils.stream().map(Org::name).toList(),
                trusts.stream().map(t -> List.of(t.name(), t.odsCode())).toList()).forEach((path, text) -> files.put(ICS_DIR + path, text));
    }

    // Helpers ------------------------------------------------------------------------------------

    static String inWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
    }

}
