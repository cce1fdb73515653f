package org.icsdocs.core.diagnostic;

/**
 * The sources rules cite, named once. Acts are cited by provision with their legislation.gov.uk
 * address; the project's seed documents (000–004, listed in the project's source index) by title.
 */
public final class Sources {

    private static final String NHS_ACT = "National Health Service Act 2006";
    private static final String NHS_ACT_URL = "https://www.legislation.gov.uk/ukpga/2006/41";

    private Sources() {
    }

    /** Schedule 1B of the NHS Act 2006 (integrated care boards), inserted by the Health and Care Act 2022 s19 and Sch. 2. */
    public static Source schedule1B(String paragraph) {
        return new Source(NHS_ACT, "Sch. 1B " + paragraph, NHS_ACT_URL + "/schedule/1B");
    }

    /** A section of the NHS Act 2006, e.g. {@code 14Z52}. */
    public static Source nhsAct(String section) {
        return new Source(NHS_ACT, "s" + section, NHS_ACT_URL + "/section/" + section.replaceAll("\\(.*", ""));
    }

    public static Source act(String title, String provision, String url) {
        return new Source(title, provision, url);
    }

    public static Source guidance(String title, String part) {
        return new Source(title, part, "");
    }

    public static Source guidance(String title, String part, String url) {
        return new Source(title, part, url);
    }

    public static Source format() {
        return new Source("ics-docs definition format", "", "");
    }

    /** NHS England, Guidance on integrated care board constitutions and governance, with the model ICB constitution (updates the guidance of 13 May 2022). */
    public static Source modelConstitution(String part) {
        return new Source("NHS England, Guidance on integrated care board constitutions and governance (model constitution)", part,
                "https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/");
    }

    /** Seed 000: Kent and Medway ICS transition page (2021), summarising NHS England's ICS design framework. */
    public static Source kentAndMedwayTransition() {
        return new Source("Kent and Medway ICS, transition to an integrated care system (2021)", "", "");
    }

    /** Seed 001: NHS England, Integrated Care Systems: design framework (June 2021), as briefed by NHS Providers. */
    public static Source designFramework(String part) {
        return new Source("NHS England, Integrated Care Systems: design framework (June 2021)", part,
                "https://www.england.nhs.uk/publication/integrated-care-systems-design-framework/");
    }

    /** Seed 002: Kent and Medway council report appendix (2022) on the ICS as established. */
    public static Source kentAndMedwayReport() {
        return new Source("Kent and Medway ICS as established, council report appendix (2022)", "", "");
    }

    /** Seed 003: explainer on the three levels of an ICS (system, place, neighbourhood). */
    public static Source threeLevels() {
        return new Source("Stotles, explainer on the ICS transition (system, place and neighbourhood footprints)", "", "");
    }

    /** Seed 004: NHS England's ICB guidance of August 2021 (ICB readiness to operate; constitutions; functions and decision map). */
    public static Source icbGuidance2021(String part) {
        return new Source("NHS England, Interim guidance on the functions and governance of the integrated care board (August 2021)", part, "");
    }

    /**
     * NHS England, "Integrated care boards in England": the statutory list of ICB areas, naming the
     * local government areas wholly in each ICB's area and, where only part of one is, the lower layer
     * super output areas (codes starting E01) that are.
     */
    public static Source icbAreas() {
        return new Source("NHS England, Integrated care boards in England (statutory list of ICB areas)", "columns 2 and 3",
                "https://www.england.nhs.uk/publication/integrated-care-boards-in-england/");
    }

    /** NHS England's procedure for ICB mergers and boundary changes, under which ICBs were dissolved and new ones established from 1 April 2026. */
    public static Source boundaryChanges() {
        return new Source("NHS England, Integrated care system boundary changes and mergers procedure (September 2025)", "", "");
    }

    /** The Health Bill as introduced in the House of Commons on 14 May 2026. */
    public static Source healthBill(String clause) {
        return new Source("Health Bill (as introduced, 14 May 2026)", clause, "https://bills.parliament.uk/bills/4124");
    }

    /** The regulations under NHS Act 2006 s75 on pooled funds (partners, host partner); as amended for ICBs. */
    public static Source poolingRegulations(String regulation) {
        return new Source("NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 (S.I. 2000/617)", regulation,
                "https://www.legislation.gov.uk/uksi/2000/617");
    }

    /** A section of the Local Government and Public Involvement in Health Act 2007 (the ICP and its strategy), e.g. {@code 116ZA}. */
    public static Source lgpiha(String section) {
        String number = section.replaceAll("\\(.*", "");
        return new Source("Local Government and Public Involvement in Health Act 2007", "s" + section,
                "https://www.legislation.gov.uk/ukpga/2007/28/section/" + number);
    }

    /** NHS England, Managing conflicts of interest in the NHS (replacing the 2017 guidance; applies to ICBs). */
    public static Source conflictsOfInterest(String part) {
        return new Source("NHS England, Managing conflicts of interest in the NHS", part,
                "https://www.england.nhs.uk/long-read/managing-conflicts-of-interest-in-the-nhs/");
    }

    /** NHS England, Working in partnership with people and communities: statutory guidance (July 2022). */
    public static Source workingWithPeople(String part) {
        return new Source("NHS England, Working in partnership with people and communities: statutory guidance (July 2022)", part, "");
    }

    /** NHS England and NHS Improvement, Working together at scale: guidance on provider collaboratives (August 2021). */
    public static Source providerCollaboratives(String part) {
        return new Source("NHS England and NHS Improvement, Working together at scale: guidance on provider collaboratives (August 2021)", part, "");
    }

    /** NHS England, Thriving places: guidance on the development of place-based partnerships (September 2021; title and date unverified). */
    public static Source thrivingPlaces(String part) {
        return new Source("NHS England, Thriving places: guidance on the development of place-based partnerships (2021)", part, "");
    }

    /** HM Treasury, Managing Public Money (May 2023 edition). */
    public static Source managingPublicMoney(String part) {
        return new Source("HM Treasury, Managing Public Money (2023)", part, "https://www.gov.uk/government/publications/managing-public-money");
    }

    /** NHS England's statutory guidance under NHS Act 2006 s65Z7 on delegation and joint exercise of functions. */
    public static Source delegationGuidance() {
        return new Source("NHS England, Arrangements for delegation and joint exercise of statutory functions (guidance under s65Z7)", "",
                "https://www.england.nhs.uk/long-read/arrangements-for-delegation-and-joint-exercise-of-statutory-functions/");
    }

    /** The Health Care Services (Provider Selection Regime) Regulations 2023, in force 1 January 2024. */
    public static Source providerSelectionRegime(String regulation) {
        return new Source("Health Care Services (Provider Selection Regime) Regulations 2023 (S.I. 2023/1348)", regulation,
                "https://www.legislation.gov.uk/uksi/2023/1348");
    }

    /** UK GDPR (retained Regulation (EU) 2016/679), e.g. {@code Art 37(1)(a)}. */
    public static Source ukGdpr(String article) {
        return new Source("UK General Data Protection Regulation", article, "https://www.legislation.gov.uk/eur/2016/679/article/37");
    }

    /** Equality Act 2010, e.g. {@code s149}. */
    public static Source equalityAct(String provision) {
        return new Source("Equality Act 2010", provision, "https://www.legislation.gov.uk/ukpga/2010/15/section/149");
    }
}
