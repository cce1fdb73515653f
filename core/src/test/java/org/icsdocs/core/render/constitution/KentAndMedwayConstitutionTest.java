package org.icsdocs.core.render.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.testing.DefinitionFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The constitution of the real example, NHS Kent and Medway. Also writes the page to
 * {@code target/constitution-preview/} so a person can look at it in a browser.
 */
class KentAndMedwayConstitutionTest {

    private static Definition definition;
    private static RenderedDocument doc;
    private static Document html;

    @BeforeAll
    static void render(@TempDir Path temp) {
        DefinitionFixture fixture = DefinitionFixture.copyOf(Rendering.KENT_AND_MEDWAY, temp.resolve("km"));
        definition = fixture.validate().load().definition().orElseThrow();
        doc = Rendering.render(fixture);
        html = Rendering.parse(doc);
        Rendering.writePreview(doc, Path.of("target/constitution-preview/kent-and-medway.html"));
    }

    @Test
    void namesNoPersonOnlyRolesAndEveryCommitteeOfTheExample() {
        definition.people().forEach(p -> assertThat(html.text()).doesNotContain(p.name()));
        assertThat(html.select("table.composition tbody th[scope=row]").eachText()).contains("Chair", "Chief executive",
                "Partner member: NHS trusts and foundation trusts", "Partner member: primary medical services", "Partner member: local authorities",
                "Independent non-executive member");
        // A committee of the board has its own heading; a joint committee is a paragraph of the section on joint arrangements.
        definition.committees().forEach(c -> {
            org.jsoup.nodes.Element entry = html.getElementById("committee-" + c.id());
            assertThat(entry).as(c.id()).isNotNull();
            assertThat(entry.selectFirst("h4") != null ? entry.selectFirst("h4").text() : entry.text()).contains(c.name());
        });
    }

    @Test
    void listsTheOrganisationsEligibleToNominateEachPartnerMemberJointly() {
        assertThat(html.select("#board-membership ol.lettered li").eachText()).contains(
                "five partner members: two from NHS trusts and foundation trusts, one from providers of primary medical services and two from local authorities;");
        assertThat(html.getElementById("appointment-partner-nhs-trusts").text()).contains("nominated jointly by the NHS trusts and foundation trusts",
                "Dartford and Gravesham NHS Trust", "South East Coast Ambulance Service NHS Foundation Trust", "Kent Community Health NHS Foundation Trust");
        assertThat(html.getElementById("appointment-partner-local-authority").text())
                .contains("they are: Kent County Council and Medway Council.")
                .doesNotContain("Ashford Borough Council");
        assertThat(html.getElementById("appointment-partner-primary-medical-services").text())
                .contains("nominated jointly by the providers of primary medical services", "governance handbook")
                .doesNotContain("nominated by Orchard Lane Surgery");
    }

    @Test
    void givesOneLocalAuthoritySeatToEachCouncilAsTheBoardPageShows() {
        // Kent County Council's scrutiny minutes of 2023: "two Local Authority partners on the Board", one per council.
        assertThat(html.getElementById("appointment-partner-local-authority").text())
                .contains("These two partner members are nominated by the local authorities", "one nominated by Kent County Council and one by Medway Council")
                .doesNotContain("This partner member", "nominated jointly");
    }

    @Test
    void saysWhichPartOfSevenoaksDistrictEachPartnershipCovers() {
        assertThat(html.getElementById("place-dartford-gravesham-swanley").text())
                .contains("part of the area of Sevenoaks District Council (Swanley and the surrounding villages in the north of the district)");
        assertThat(html.getElementById("place-west-kent").text())
                .contains("part of the area of Sevenoaks District Council (the district apart from Swanley and the villages in its north)");
    }

    @Test
    void theAreaClauseAndTheQuorumReadAsTheModelHasThem() {
        assertThat(html.getElementById("area").text()).contains("In other words, the area is the county of Kent");
        assertThat(html.getElementById("board-quorum").text())
                .contains("eight voting members are present, a majority of the board's fourteen voting members, including the chair or the deputy chair");
        assertThat(html.getElementById("appointment-medical-director").text()).contains("appointed by the chief executive, with the approval of the chair");
    }

    @Test
    void statesWhatTheActRequiresOfTheBoardAndItsChair() {
        assertThat(html.getElementById("mental-health-member").text()).contains("At least one ordinary member",
                "prevention, diagnosis and treatment of mental illness", "Independent Non-Executive Member (Mental Health)");
        assertThat(html.getElementById("skills-review").text()).contains("keeps under review the skills, knowledge and experience");
        assertThat(html.getElementById("removal-of-chair").text()).contains("Only NHS England may remove the chair", "approval of the Secretary of State");
        assertThat(html.getElementById("senior-independent-member").text())
                .contains("supports NHS England's regional director in appraising the chair")
                .doesNotContain("leads");
    }

    @Test
    void setsTheModelsDisqualificationCriteriaWithoutWideningThem() {
        String criteria = html.selectFirst("ol.disqualification").text();
        assertThat(html.select("ol.disqualification li")).hasSize(10);
        assertThat(criteria).contains("Member of Parliament", "Company Directors Disqualification Act 1986", "charity trustee",
                "fitness to practise", "governor of a health service body", "barred list").doesNotContain("London Assembly");
    }

    @Test
    void statesOneTermLengthPerRoleAndNoAppointmentOrCheckDates() {
        assertThat(html.select("#terms-of-office ol.terms li").eachText()).containsExactly(
                "The chair: a term of four years, and no more than eight years in the role in total;",
                "Independent non-executive members: a term of four years, and no more than eight years in the role in total;",
                "Partner members: a term of three years, and no more than nine years in the role in total.");
        assertThat(html.text()).doesNotContain("three and five years", "appointed on", "term ending on", "the most recent was completed", "register currently holds", "allocation for");
    }

    @Test
    void printsTheIllustrativeNoticeFirst() {
        Element notice = html.body().child(0);
        assertThat(notice.hasClass("illustrative-notice")).isTrue();
        assertThat(notice.text()).contains("This is the ics-docs example, not a publication of NHS Kent and Medway");
    }

    @Test
    void placesTheExamplesOwnWordsInTheirSections() {
        assertThat(html.getElementById("background").selectFirst("div.local-prose").text()).contains("dissolved on 30 June 2022");
        assertThat(html.getElementById("public-involvement").selectFirst("div.local-prose").text()).contains("citizens' panels");
    }

    @Test
    void tablesTheFunctionsNhsEnglandDelegatedAndTheSection75Pools() {
        assertThat(html.select("#nhs-england table tbody tr")).hasSize(5)
                .anySatisfy(row -> assertThat(row.text()).contains("F24", "specialised services", "from 1 April 2025"));
        assertThat(html.select("#local-authorities table tbody tr")).extracting(Element::text)
                .anySatisfy(row -> assertThat(row).contains("F16", "Medway Better Care Fund, £36m", "Medway and Swale"));
    }

    @Test
    void statesAGovernanceModelEveryPlaceSharesOnceRatherThanUnderEachPlace() {
        Element places = html.getElementById("places");
        assertThat(places.selectFirst("p.lead + p.lead").text()).contains("Each follows the consultative forum model");
        assertThat(places.text()).containsOnlyOnce("Each organisation within the partnership retains its own budget");
        assertThat(places.select("> section.numbered")).hasSize(4);
    }

    @Test
    void hasNoUnresolvedReferenceAndAContentsEntryForEverySection() {
        assertThat(html.text()).doesNotContain("[missing reference");
        assertThat(doc.contents()).extracting(e -> e.number()).startsWith("1", "1.1").contains("9", "A", "B", "C");
        assertThat(doc.title()).isEqualTo("Constitution of NHS Kent and Medway Integrated Care Board");
        assertThat(doc.subtitle()).isEqualTo("Version 1.6, draft, not yet submitted to NHS England");
    }
}
