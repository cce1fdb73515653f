package org.icsdocs.bench;

import java.util.ArrayList;
import java.util.List;
import org.icsdocs.core.model.ItemPurpose;

/**
 * The papers a board or committee agenda is made of. Each topic says who presents it, which agenda
 * section it sits in, which declared-interest topics and organisations it touches (so conflicts
 * can be matched and managed), what its table shows, and the phrase the paper's prose is about.
 */
final class Topics {

    private Topics() {
    }

    /** Which organisations an item touches, for the conflicts of interest check. */
    enum Scope { NONE, ACUTE, MENTAL_HEALTH, AMBULANCE, COMMUNITY, COUNCILS, TRUSTS }

    /** What the paper's table shows. */
    enum Table { PERFORMANCE, FINANCE, RISK, ACTIONS, PLACES, WORKFORCE }

    /**
     * @param presenter a role key resolved per system: chair, ceo, dof, cmo, cno, coo, dir-governance,
     *                  dir-primary-care, dir-people, cdio, dph, pm-trust, place-lead or committee-chair
     * @param title     may contain {finance-month}, filled in from the meeting date
     */
    record Topic(String slug, String title, ItemPurpose purpose, String presenter, String section, List<String> interests,
                 Scope scope, Table table, String focus) {
    }

    /** The topics every agenda of a body starts with, then the pool the rest are drawn from. */
    record Pool(List<Topic> fixed, List<Topic> drawn) {
    }

    private static Topic t(String slug, String title, ItemPurpose purpose, String presenter, String section, List<String> interests,
                           Scope scope, Table table, String focus) {
        return new Topic(slug, title, purpose, presenter, section, interests, scope, table, focus);
    }

    static final String STANDING = "Standing items";
    static final String STRATEGY = "Strategy and planning";
    static final String QUALITY = "Quality and safety";
    static final String FINANCE = "Finance";
    static final String PERFORMANCE = "Performance";
    static final String PEOPLE = "People";
    static final String GOVERNANCE = "Governance and assurance";
    static final String BUSINESS = "Business";

    /** The order agenda sections appear in. */
    static final List<String> SECTION_ORDER = List.of(STANDING, STRATEGY, QUALITY, FINANCE, PERFORMANCE, PEOPLE, BUSINESS, GOVERNANCE);

    static Topic actionLog(String presenter) {
        return t("action-log", "Action log", ItemPurpose.DISCUSSION, presenter, STANDING, List.of(), Scope.NONE, Table.ACTIONS,
                "the actions agreed at previous meetings");
    }

    static final Pool BOARD = new Pool(
            List.of(
                    actionLog("chair"),
                    t("chairs-report", "Chair's report", ItemPurpose.INFORMATION, "chair", STANDING, List.of("governance"), Scope.NONE, Table.PLACES,
                            "the chair's activity, board development and appointments"),
                    t("chief-executives-report", "Chief Executive's report", ItemPurpose.INFORMATION, "ceo", STANDING,
                            List.of("urgent and emergency care", "finance"), Scope.NONE, Table.PERFORMANCE,
                            "national and local developments and decisions taken under delegated authority"),
                    t("finance-report", "Finance report: {finance-month}", ItemPurpose.ASSURANCE, "dof", FINANCE, List.of("finance"), Scope.NONE,
                            Table.FINANCE, "the financial position of the ICB and the system"),
                    t("quality-and-safety-report", "Quality and safety report", ItemPurpose.ASSURANCE, "cno", QUALITY,
                            List.of("quality", "maternity", "acute services"), Scope.ACUTE, Table.PERFORMANCE,
                            "the quality and safety of commissioned services"),
                    t("integrated-performance-report", "Integrated performance report", ItemPurpose.ASSURANCE, "coo", PERFORMANCE,
                            List.of("elective care", "urgent and emergency care"), Scope.ACUTE, Table.PERFORMANCE,
                            "performance against the operational plan")),
            List.of(
                    t("board-assurance-framework", "Board assurance framework", ItemPurpose.ASSURANCE, "dir-governance", GOVERNANCE,
                            List.of("governance", "risk"), Scope.NONE, Table.RISK, "the principal risks to the ICB's objectives"),
                    t("urgent-and-emergency-care", "Urgent and emergency care", ItemPurpose.DISCUSSION, "coo", PERFORMANCE,
                            List.of("urgent and emergency care", "ambulance services"), Scope.AMBULANCE, Table.PERFORMANCE,
                            "urgent and emergency care, ambulance response and handover times"),
                    t("elective-care-recovery", "Elective care recovery", ItemPurpose.DISCUSSION, "cmo", PERFORMANCE,
                            List.of("elective care", "acute services"), Scope.ACUTE, Table.PERFORMANCE, "waiting times for planned care"),
                    t("mental-health-transformation", "Mental health, learning disability and autism", ItemPurpose.ASSURANCE, "cmo", QUALITY,
                            List.of("mental health", "learning disability and autism"), Scope.MENTAL_HEALTH, Table.PERFORMANCE,
                            "access to mental health, learning disability and autism services"),
                    t("primary-care-access", "Primary care access and resilience", ItemPurpose.APPROVAL, "dir-primary-care", STRATEGY,
                            List.of("primary care", "general practice"), Scope.NONE, Table.PLACES, "access to general practice"),
                    t("joint-forward-plan", "Joint forward plan refresh", ItemPurpose.APPROVAL, "ceo", STRATEGY,
                            List.of("strategy", "health inequalities"), Scope.COUNCILS, Table.PLACES, "the joint forward plan"),
                    t("winter-plan", "Winter plan", ItemPurpose.APPROVAL, "coo", STRATEGY,
                            List.of("urgent and emergency care", "hospital discharge", "adult social care"), Scope.TRUSTS, Table.FINANCE,
                            "preparations for winter"),
                    t("people-plan", "People plan and workforce report", ItemPurpose.ASSURANCE, "dir-people", PEOPLE, List.of("workforce"),
                            Scope.TRUSTS, Table.WORKFORCE, "the system's workforce"),
                    t("digital-and-data", "Digital and data strategy", ItemPurpose.APPROVAL, "cdio", STRATEGY, List.of("digital"), Scope.NONE,
                            Table.PLACES, "the shared care record and digital services"),
                    t("population-health", "Population health and health inequalities", ItemPurpose.DISCUSSION, "dph", STRATEGY,
                            List.of("public health", "health inequalities"), Scope.COUNCILS, Table.PLACES,
                            "population health and the Core20PLUS5 approach"),
                    t("better-care-fund", "Better Care Fund plans", ItemPurpose.APPROVAL, "dof", FINANCE,
                            List.of("better care fund", "adult social care"), Scope.COUNCILS, Table.FINANCE, "the Better Care Fund"),
                    t("provider-collaboratives", "Provider collaboratives update", ItemPurpose.ASSURANCE, "pm-trust", STRATEGY,
                            List.of("acute services", "elective care"), Scope.ACUTE, Table.PERFORMANCE, "the work of the provider collaboratives"),
                    t("place-partnerships", "Place partnerships update", ItemPurpose.DISCUSSION, "place-lead", STRATEGY, List.of("place"),
                            Scope.COUNCILS, Table.PLACES, "the work of the place-based partnerships"),
                    t("committee-reports", "Reports from the board's committees", ItemPurpose.ASSURANCE, "ine-audit", GOVERNANCE,
                            List.of("governance"), Scope.NONE, Table.RISK, "the business of the board's committees"),
                    t("emergency-preparedness", "Emergency preparedness, resilience and response", ItemPurpose.ASSURANCE, "coo", GOVERNANCE,
                            List.of("emergency preparedness"), Scope.TRUSTS, Table.RISK, "emergency preparedness and business continuity"),
                    t("green-plan", "Green plan progress", ItemPurpose.INFORMATION, "dof", STRATEGY, List.of("sustainability"), Scope.NONE,
                            Table.PLACES, "the system's progress towards net zero"),
                    t("safeguarding-annual-report", "Safeguarding annual report", ItemPurpose.ASSURANCE, "cno", QUALITY, List.of("safeguarding"),
                            Scope.COUNCILS, Table.PERFORMANCE, "safeguarding children and adults at risk"),
                    t("maternity-and-neonatal", "Maternity and neonatal services", ItemPurpose.ASSURANCE, "cno", QUALITY, List.of("maternity"),
                            Scope.ACUTE, Table.PERFORMANCE, "maternity and neonatal safety"),
                    t("estates-strategy", "Infrastructure and estates strategy", ItemPurpose.APPROVAL, "dof", FINANCE, List.of("estates"),
                            Scope.TRUSTS, Table.FINANCE, "the system's estate and capital plan"),
                    t("annual-assessment", "NHS England annual assessment of the ICB", ItemPurpose.INFORMATION, "ceo", GOVERNANCE,
                            List.of("governance"), Scope.NONE, Table.RISK, "NHS England's annual assessment of the ICB")));

    private static final List<Topic> COMMITTEE_COMMON = List.of(
            t("committee-risks", "Risks assigned to the committee", ItemPurpose.ASSURANCE, "dir-governance", GOVERNANCE, List.of("risk"),
                    Scope.NONE, Table.RISK, "the corporate risks the committee oversees"),
            t("committee-workplan", "Committee workplan", ItemPurpose.APPROVAL, "dir-governance", GOVERNANCE, List.of("governance"),
                    Scope.NONE, Table.ACTIONS, "the committee's programme of business"),
            t("terms-of-reference-review", "Annual review of terms of reference", ItemPurpose.APPROVAL, "dir-governance", GOVERNANCE,
                    List.of("governance"), Scope.NONE, Table.ACTIONS, "the committee's terms of reference"),
            t("committee-effectiveness", "Committee effectiveness review", ItemPurpose.DISCUSSION, "committee-chair", GOVERNANCE,
                    List.of("governance"), Scope.NONE, Table.RISK, "how well the committee discharges its duties"));

    private static Pool committee(List<Topic> own) {
        List<Topic> drawn = new ArrayList<>(own);
        drawn.addAll(COMMITTEE_COMMON);
        return new Pool(List.of(actionLog("committee-chair")), List.copyOf(drawn));
    }

    static final Pool AUDIT = committee(List.of(
            t("internal-audit-progress", "Internal audit progress report", ItemPurpose.ASSURANCE, "dof", BUSINESS, List.of("governance"),
                    Scope.NONE, Table.ACTIONS, "progress against the internal audit plan"),
            t("external-audit", "External audit plan and progress", ItemPurpose.ASSURANCE, "dof", BUSINESS, List.of("finance"), Scope.NONE,
                    Table.FINANCE, "the external auditor's work"),
            t("counter-fraud", "Counter fraud progress report", ItemPurpose.ASSURANCE, "dof", BUSINESS, List.of("counter fraud"), Scope.NONE,
                    Table.ACTIONS, "counter fraud, bribery and corruption"),
            t("corporate-risk-register", "Corporate risk register", ItemPurpose.ASSURANCE, "dir-governance", BUSINESS, List.of("risk"),
                    Scope.NONE, Table.RISK, "the ICB's highest-scoring corporate risks"),
            t("conflicts-of-interest", "Conflicts of interest compliance", ItemPurpose.ASSURANCE, "dir-governance", BUSINESS,
                    List.of("conflicts of interest"), Scope.NONE, Table.ACTIONS, "compliance with the conflicts of interest policy"),
            t("losses-and-waivers", "Losses, special payments and waivers", ItemPurpose.INFORMATION, "dof", BUSINESS, List.of("finance"),
                    Scope.NONE, Table.FINANCE, "losses, special payments and waivers of standing financial instructions"),
            t("data-security", "Data security and protection toolkit", ItemPurpose.ASSURANCE, "cdio", BUSINESS, List.of("digital"),
                    Scope.NONE, Table.RISK, "data security and information governance"),
            t("annual-report-timetable", "Annual report and accounts timetable", ItemPurpose.APPROVAL, "dof", BUSINESS, List.of("finance"),
                    Scope.NONE, Table.ACTIONS, "the annual report and accounts")));

    static final Pool REMUNERATION = committee(List.of(
            t("executive-pay", "Executive and very senior manager pay", ItemPurpose.DECISION, "dir-people", BUSINESS, List.of("workforce"),
                    Scope.NONE, Table.WORKFORCE, "pay for executives and very senior managers"),
            t("pay-award", "Implementation of the national pay award", ItemPurpose.APPROVAL, "dir-people", BUSINESS, List.of("workforce"),
                    Scope.NONE, Table.WORKFORCE, "the national pay award"),
            t("executive-appraisal", "Executive appraisal outcomes", ItemPurpose.ASSURANCE, "ceo", BUSINESS, List.of("workforce"),
                    Scope.NONE, Table.WORKFORCE, "the appraisal of executive members"),
            t("succession-planning", "Succession planning", ItemPurpose.DISCUSSION, "dir-people", BUSINESS, List.of("workforce"), Scope.NONE,
                    Table.WORKFORCE, "succession for senior roles"),
            t("remuneration-report", "Remuneration report for the annual report", ItemPurpose.APPROVAL, "dof", BUSINESS,
                    List.of("finance"), Scope.NONE, Table.FINANCE, "the remuneration report"),
            t("clinical-leads-remuneration", "Clinical leadership remuneration", ItemPurpose.DECISION, "cmo", BUSINESS,
                    List.of("primary care"), Scope.NONE, Table.WORKFORCE, "sessional pay for clinical leaders")));

    static final Pool QUALITY_POOL = committee(List.of(
            t("system-quality-group", "Report of the System Quality Group", ItemPurpose.ASSURANCE, "cno", BUSINESS,
                    List.of("quality", "acute services"), Scope.ACUTE, Table.PERFORMANCE, "the System Quality Group's escalations"),
            t("patient-safety", "Patient safety incident response", ItemPurpose.ASSURANCE, "cno", BUSINESS, List.of("quality"), Scope.TRUSTS,
                    Table.PERFORMANCE, "patient safety incidents and learning"),
            t("safeguarding", "Safeguarding report", ItemPurpose.ASSURANCE, "cno", BUSINESS, List.of("safeguarding"), Scope.COUNCILS,
                    Table.PERFORMANCE, "safeguarding children and adults at risk"),
            t("infection-prevention", "Infection prevention and control", ItemPurpose.ASSURANCE, "cno", BUSINESS, List.of("quality"),
                    Scope.ACUTE, Table.PERFORMANCE, "healthcare-associated infections"),
            t("maternity-safety", "Maternity and neonatal safety", ItemPurpose.ASSURANCE, "cno", BUSINESS, List.of("maternity"), Scope.ACUTE,
                    Table.PERFORMANCE, "maternity and neonatal safety"),
            t("learning-from-deaths", "Learning from deaths", ItemPurpose.ASSURANCE, "cmo", BUSINESS, List.of("quality"), Scope.TRUSTS,
                    Table.PERFORMANCE, "mortality reviews and the learning from them"),
            t("mental-health-quality", "Mental health services quality", ItemPurpose.ASSURANCE, "cmo", BUSINESS, List.of("mental health"),
                    Scope.MENTAL_HEALTH, Table.PERFORMANCE, "the quality of mental health services"),
            t("patient-experience", "Patient experience and complaints", ItemPurpose.INFORMATION, "cno", BUSINESS, List.of("quality"),
                    Scope.NONE, Table.PERFORMANCE, "what patients and carers tell us")));

    static final Pool FINANCE_POOL = committee(List.of(
            t("financial-position", "Financial position: {finance-month}", ItemPurpose.ASSURANCE, "dof", BUSINESS, List.of("finance"),
                    Scope.NONE, Table.FINANCE, "the ICB's and the system's financial position"),
            t("efficiency-programme", "Efficiency and productivity programme", ItemPurpose.ASSURANCE, "dof", BUSINESS, List.of("finance"),
                    Scope.TRUSTS, Table.FINANCE, "the system's efficiency programme"),
            t("capital-programme", "Capital programme", ItemPurpose.APPROVAL, "dof", BUSINESS, List.of("estates"), Scope.TRUSTS, Table.FINANCE,
                    "the system's capital programme"),
            t("operational-performance", "Operational performance", ItemPurpose.ASSURANCE, "coo", BUSINESS,
                    List.of("elective care", "urgent and emergency care"), Scope.ACUTE, Table.PERFORMANCE, "operational performance"),
            t("contract-awards", "Contract awards and procurement", ItemPurpose.DECISION, "dof", BUSINESS, List.of("procurement"),
                    Scope.TRUSTS, Table.FINANCE, "contract awards under the provider selection regime"),
            t("continuing-healthcare", "Continuing healthcare", ItemPurpose.ASSURANCE, "cno", BUSINESS, List.of("continuing healthcare"),
                    Scope.NONE, Table.FINANCE, "NHS continuing healthcare"),
            t("prescribing", "Prescribing and medicines optimisation", ItemPurpose.ASSURANCE, "cmo", BUSINESS, List.of("prescribing"),
                    Scope.NONE, Table.FINANCE, "prescribing costs and medicines optimisation"),
            t("financial-plan", "Financial plan", ItemPurpose.APPROVAL, "dof", BUSINESS, List.of("finance"), Scope.TRUSTS, Table.FINANCE,
                    "the financial plan")));

    static final Pool PRIMARY_CARE = committee(List.of(
            t("primary-care-finance", "Delegated primary care budget", ItemPurpose.ASSURANCE, "dof", BUSINESS, List.of("primary care"),
                    Scope.NONE, Table.FINANCE, "the delegated primary care budget"),
            t("gp-contracts", "General practice contract decisions", ItemPurpose.DECISION, "dir-primary-care", BUSINESS,
                    List.of("general practice"), Scope.NONE, Table.PLACES, "general practice contracts"),
            t("dental-access", "Dental access recovery", ItemPurpose.ASSURANCE, "dir-primary-care", BUSINESS, List.of("dental services"),
                    Scope.NONE, Table.PLACES, "access to NHS dentistry"),
            t("pharmacy-applications", "Pharmaceutical market entry applications", ItemPurpose.DECISION, "dir-primary-care", BUSINESS,
                    List.of("pharmacy"), Scope.NONE, Table.PLACES, "community pharmacy applications"),
            t("pcn-development", "Primary care network development", ItemPurpose.DISCUSSION, "dir-primary-care", BUSINESS,
                    List.of("primary care"), Scope.NONE, Table.PLACES, "primary care network development"),
            t("primary-care-estates", "Primary care estates", ItemPurpose.APPROVAL, "dof", BUSINESS, List.of("estates", "general practice"),
                    Scope.NONE, Table.FINANCE, "premises for general practice"),
            t("gp-access-plan", "General practice access plan", ItemPurpose.APPROVAL, "dir-primary-care", BUSINESS,
                    List.of("general practice"), Scope.NONE, Table.PLACES, "access to general practice"),
            t("optometry", "General ophthalmic services", ItemPurpose.INFORMATION, "dir-primary-care", BUSINESS, List.of("ophthalmic services"),
                    Scope.NONE, Table.PLACES, "general ophthalmic services")));

    static final Pool PEOPLE_POOL = committee(List.of(
            t("workforce-plan", "System workforce plan", ItemPurpose.ASSURANCE, "dir-people", BUSINESS, List.of("workforce"), Scope.TRUSTS,
                    Table.WORKFORCE, "the system's workforce plan"),
            t("temporary-staffing", "Temporary staffing", ItemPurpose.ASSURANCE, "dir-people", BUSINESS, List.of("workforce"), Scope.TRUSTS,
                    Table.WORKFORCE, "bank and agency staffing"),
            t("staff-survey", "Staff survey results", ItemPurpose.DISCUSSION, "dir-people", BUSINESS, List.of("workforce"), Scope.NONE,
                    Table.WORKFORCE, "what staff told us in the survey"),
            t("equality-diversity", "Workforce equality, diversity and inclusion", ItemPurpose.ASSURANCE, "dir-people", BUSINESS,
                    List.of("workforce", "equality"), Scope.NONE, Table.WORKFORCE, "workforce equality, diversity and inclusion"),
            t("education-training", "Education and training", ItemPurpose.INFORMATION, "dir-people", BUSINESS, List.of("workforce"),
                    Scope.TRUSTS, Table.WORKFORCE, "education, training and placements"),
            t("health-wellbeing", "Staff health and wellbeing", ItemPurpose.ASSURANCE, "dir-people", BUSINESS, List.of("workforce"),
                    Scope.NONE, Table.WORKFORCE, "the health and wellbeing of staff")));

    static final Pool POPULATION_HEALTH = committee(List.of(
            t("core20plus5", "Core20PLUS5 programme", ItemPurpose.ASSURANCE, "dph", BUSINESS, List.of("health inequalities"), Scope.COUNCILS,
                    Table.PLACES, "the Core20PLUS5 programme"),
            t("inequalities-funding", "Health inequalities funding", ItemPurpose.DECISION, "dph", BUSINESS,
                    List.of("health inequalities", "public health"), Scope.COUNCILS, Table.FINANCE, "health inequalities funding"),
            t("prevention", "Prevention programmes", ItemPurpose.DISCUSSION, "dph", BUSINESS, List.of("public health"), Scope.COUNCILS,
                    Table.PLACES, "prevention of ill health"),
            t("phm-insights", "Population health management insights", ItemPurpose.INFORMATION, "cdio", BUSINESS, List.of("digital"),
                    Scope.NONE, Table.PLACES, "population health management"),
            t("vaccination", "Vaccination and immunisation", ItemPurpose.ASSURANCE, "cmo", BUSINESS, List.of("public health"), Scope.NONE,
                    Table.PLACES, "vaccination uptake"),
            t("icp-strategy-delivery", "Delivery of the integrated care strategy", ItemPurpose.ASSURANCE, "ceo", BUSINESS,
                    List.of("strategy"), Scope.COUNCILS, Table.PLACES, "delivery of the integrated care strategy")));

    static final Pool PLACE = committee(List.of(
            t("place-plan", "Place plan delivery", ItemPurpose.ASSURANCE, "place-lead", BUSINESS, List.of("place"), Scope.COUNCILS,
                    Table.PLACES, "delivery of the place plan"),
            t("place-budget", "Place delegated budget", ItemPurpose.ASSURANCE, "dof", BUSINESS, List.of("finance"), Scope.NONE,
                    Table.FINANCE, "the budget delegated to the place"),
            t("neighbourhood-teams", "Integrated neighbourhood teams", ItemPurpose.DISCUSSION, "place-lead", BUSINESS,
                    List.of("primary care", "community services"), Scope.COMMUNITY, Table.PLACES, "integrated neighbourhood teams"),
            t("hospital-discharge", "Hospital discharge and intermediate care", ItemPurpose.ASSURANCE, "place-lead", BUSINESS,
                    List.of("hospital discharge", "adult social care"), Scope.COUNCILS, Table.PERFORMANCE, "hospital discharge"),
            t("place-section-75", "Section 75 agreement and pooled fund", ItemPurpose.APPROVAL, "dof", BUSINESS,
                    List.of("better care fund"), Scope.COUNCILS, Table.FINANCE, "the pooled fund with the council"),
            t("children-and-young-people", "Children and young people's services", ItemPurpose.DISCUSSION, "place-lead", BUSINESS,
                    List.of("children's services"), Scope.COUNCILS, Table.PLACES, "services for children and young people")));
}
