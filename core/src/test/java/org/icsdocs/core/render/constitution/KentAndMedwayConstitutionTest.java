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
    void namesEveryBoardMemberAndEveryCommitteeOfTheExample() {
        String table = html.selectFirst("table.composition").text();
        definition.board().members().forEach(m -> assertThat(table).contains(
                definition.people().stream().filter(p -> p.id().equals(m.person())).findFirst().orElseThrow().displayName()));
        definition.committees().forEach(c -> assertThat(html.getElementById("committee-" + c.id()).selectFirst("h4").text()).endsWith(c.name()));
        assertThat(html.select("table.composition tbody tr:not(.group)")).hasSize(definition.board().members().size());
    }

    @Test
    void countsTheExamplesPartnerMembersBySectorWithTheirNominators() {
        assertThat(html.select("#board-membership ol.lettered li").eachText()).contains(
                "five partner members: two from NHS trusts and foundation trusts, one from providers of primary medical services and two from local authorities;");
        assertThat(html.getElementById("partners-nhs-trusts").text()).contains("Two partner members are from NHS trusts and foundation trusts, nominated jointly by",
                "Dartford and Gravesham NHS Trust", "South East Coast Ambulance Service NHS Foundation Trust");
        assertThat(html.getElementById("partners-local-authority").text())
                .contains("one nominated by Kent County Council and one nominated by Medway Council");
    }

    @Test
    void printsTheIllustrativeNoticeFirstAndMarksIllustrativePeople() {
        Element notice = html.body().child(0);
        assertThat(notice.hasClass("illustrative-notice")).isTrue();
        assertThat(notice.text()).contains("This is the ics-docs example, not a publication of NHS Kent and Medway", "† marks a person or organisation");
        assertThat(html.selectFirst("table.composition tbody th[scope=row]").select("sup.illustrative")).hasSize(1);
    }

    @Test
    void placesTheExamplesOwnWordsInTheirSections() {
        assertThat(html.getElementById("background").selectFirst("div.local-prose").text()).contains("dissolved on 30 June 2022");
        assertThat(html.getElementById("public-involvement").selectFirst("div.local-prose").text()).contains("citizens' panels");
    }

    @Test
    void tablesTheFunctionsNhsEnglandDelegatedAndTheSection75Pools() {
        assertThat(html.select("#nhs-england table tbody tr")).hasSize(4);
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
        assertThat(doc.subtitle()).isEqualTo("Version 1.5, approved by NHS England on 20 March 2025");
    }
}
