package org.icsdocs.core.render.constitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.render.RenderException;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.testing.DefinitionFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The constitution of the small Northshire and Riverton fixture: the data drives the text. */
class ConstitutionRendererTest {

    @TempDir
    Path temp;

    private DefinitionFixture northshire() {
        return DefinitionFixture.northshire(temp);
    }

    private static Element section(Element html, String id) {
        Element section = html.getElementById(id);
        assertThat(section).as("section #" + id).isNotNull();
        return section;
    }

    @Test
    void listsEveryBoardRoleAndEveryCommitteeButNoPersonsName() {
        DefinitionFixture fixture = northshire();
        Definition definition = fixture.validate().load().definition().orElseThrow();
        Document html = Rendering.parse(Rendering.render(fixture));

        Element table = section(html, "board-membership").selectFirst("table.composition");
        for (var member : definition.board().members()) {
            assertThat(table.select("tbody th[scope=row]").eachText()).anySatisfy(role -> assertThat(role).containsIgnoringCase(
                    member.role() == org.icsdocs.core.model.BoardRole.PARTNER_MEMBER ? "Partner member" : member.role().label()));
        }
        for (Person person : definition.people()) {
            assertThat(html.text()).doesNotContain(person.name());
        }
        for (var committee : definition.committees()) {
            assertThat(section(html, "committee-" + committee.id()).selectFirst("h4").text()).contains(committee.name());
        }
    }

    @Test
    void aCommitteeAddedWithADelegationAppearsInSectionFourWithItsFunction() {
        DefinitionFixture fixture = northshire();
        fixture.add("committees", committee("finance", "Finance and Performance Committee", "finance"));
        fixture.add("functions", Map.of("id", "F16", "name", "Approve the financial recovery plan", "category", "other", "accountable", "board"));
        fixture.add("delegations", Map.of("id", "D5", "function", "F16", "from", "board", "to", "finance", "financial-limit", "£2m", "reports-to", "board"));

        Document html = Rendering.parse(Rendering.render(fixture));

        Element entry = section(section(html, "committees"), "committee-finance");
        assertThat(entry.selectFirst("h4").text()).isEqualTo("4.3.7 Finance and Performance Committee");
        assertThat(entry.select("ul.delegated-functions li").eachText())
                .containsExactly("Approve the financial recovery plan (F16), up to £2m.");
    }

    @Test
    void aRemovedCommitteeIsGoneFromTheConstitution() {
        DefinitionFixture fixture = northshire();
        String before = Rendering.parse(Rendering.render(fixture)).text();
        fixture.remove("committees[id=ipph]");

        Document html = Rendering.parse(Rendering.render(fixture));

        assertThat(before).contains("Inequalities, Prevention and Population Health Committee");
        assertThat(html.text()).doesNotContain("Inequalities, Prevention and Population Health Committee");
        assertThat(html.getElementById("committee-ipph")).isNull();
    }

    @Test
    void anAddedPartnerMemberChangesTheTableAndTheCountForItsSector() {
        DefinitionFixture fixture = northshire();
        Document before = Rendering.parse(Rendering.render(fixture));
        fixture.add("board.members", partnerMember("dph", "local-authority", List.of("northshire-cc", "riverton-council")));

        Document html = Rendering.parse(Rendering.render(fixture));

        assertThat(partnerRow(before, "local authorities").text()).contains("Partner member: local authorities 1 Yes");
        assertThat(partnerRow(html, "local authorities").text()).contains("Partner member: local authorities 2 Yes");
        assertThat(html.getElementById("partners-local-authority").text())
                .contains("Two partner members are nominated jointly by the local authorities eligible to nominate");
        assertThat(section(html, "board-membership").select("ol.lettered li").eachText())
                .contains("four partner members: one from NHS trusts and foundation trusts, one from providers of primary medical services and two from local authorities;");
        assertThat(html.getElementById("appointment-partner-local-authority").text())
                .contains("nominated jointly by the local authorities whose areas coincide with, or include the whole or any part of, the ICB's area")
                .contains("Northshire County Council and Riverton City Council")
                .doesNotContain("Lee Health");
    }

    @Test
    void seatsFilledFromDifferentNominatorsAreSaidToBeSoInTheTableAndTheClauses() {
        DefinitionFixture fixture = northshire();
        fixture.add("board.members", partnerMember("dph", "local-authority", List.of("riverton-council")));
        fixture.set("board.members[person=la-partner].nominated-by", List.of("northshire-cc"));

        Document html = Rendering.parse(Rendering.render(fixture));

        String bySeat = "one nominated by Northshire County Council and one by Riverton City Council";
        assertThat(partnerRow(html, "local authorities").text()).contains("One nominated by Northshire County Council and one by Riverton City Council");
        assertThat(html.getElementById("partners-local-authority").text()).contains(bySeat).doesNotContain("jointly");
        assertThat(html.getElementById("appointment-partner-local-authority").text()).contains("These two partner members are nominated by the local authorities")
                .contains("Each seat is filled from the nominees of the organisations named for it: " + bySeat).doesNotContain("This partner member");
        assertThat(section(html, "board-membership").text()).doesNotContain("nominated jointly by the organisations");
    }

    @Test
    void aRemovedPartnerMemberLeavesTheTableAndTheCount(@TempDir Path km) {
        DefinitionFixture fixture = DefinitionFixture.copyOf(Rendering.KENT_AND_MEDWAY, km.resolve("km"));
        fixture.remove("board.members[person=pm-medway]");

        Document html = Rendering.parse(Rendering.render(fixture));

        assertThat(partnerRow(html, "local authorities").text()).contains("Partner member: local authorities 1 Yes");
        assertThat(html.getElementById("partners-local-authority").text())
                .contains("One partner member is nominated jointly by the local authorities eligible to nominate");
        assertThat(section(html, "board-membership").selectFirst("p.clause").text()).contains("The board has thirteen members");
    }

    private static Element partnerRow(Document html, String sector) {
        return html.select("table.composition tbody tr").stream().filter(r -> r.text().startsWith("Partner member: " + sector)).findFirst().orElseThrow();
    }

    @Test
    void aJustifiedDepartureIsStatedInTheSectionItConcerns() {
        Document html = Rendering.parse(Rendering.render(northshire()));

        Element note = section(html, "composition").selectFirst(".departure");
        assertThat(note).isNotNull();
        // A non-executive majority is NHS Providers' recommendation, not NHS England's guidance: the box says whose.
        assertThat(note.text()).startsWith("Departure from a published recommendation:").doesNotContain("BRD-011")
                .contains("The board follows the statutory composition").contains("Source: NHS Providers");
        assertThat(html.select(".departure")).hasSize(1);
    }

    @Test
    void everyCrossReferenceResolvesToANumberedPartOfTheDocument() {
        Document html = Rendering.parse(Rendering.render(northshire()));

        assertThat(html.select("a.xref")).isNotEmpty().allSatisfy(a -> {
            assertThat(a.text()).matches("(section|paragraph|clause|appendix) [0-9A-C.]+");
            assertThat(html.getElementById(a.attr("href").substring(1))).isNotNull();
        });
        assertThat(html.select("nav.toc li")).isNotEmpty();
    }

    @Test
    void aCrossReferenceToNothingInAnOverriddenTemplateFailsTheRender() throws Exception {
        Path overrides = temp.resolve("templates");
        Files.createDirectories(overrides.resolve("constitution"));
        Files.writeString(overrides.resolve("constitution/employees.ftlh"),
                "<section class=\"numbered\" id=\"employees\"><h2>Employees</h2><p class=\"clause\">See <a class=\"xref\" href=\"#nowhere\"></a>.</p></section>");

        assertThatThrownBy(() -> Rendering.render(northshire(), new TemplateEngine(List.of(overrides))))
                .isInstanceOf(RenderException.class).hasMessageContaining("#nowhere");
    }

    @Test
    void theDefinitionsAppendixListsExactlyTheTermsTheTextUses() {
        DefinitionFixture fixture = northshire();
        fixture.set("engagement.healthwatch", new ArrayList<>()); // so that one glossary term goes unused
        Document html = Rendering.parse(Rendering.render(fixture));
        Element appendix = section(html, "definitions");
        List<String> listed = appendix.select("table.definitions tbody th").eachText();
        appendix.remove();
        String text = html.text();

        Terms glossary = Terms.load(TemplateEngine.builtIn(), Map.of());
        List<String> used = glossary.usedIn(text).stream().map(Terms.Term::term).toList();
        assertThat(listed).isEqualTo(used).contains("Partner member", "Quorum", "ICB").doesNotContain("Healthwatch");
        assertThat(glossary.all()).extracting(Terms.Term::term).contains("Healthwatch");
    }

    @Test
    void aTermDropsOutOfTheDefinitionsWhenTheThingItNamesIsGone() {
        DefinitionFixture fixture = northshire();
        assertThat(definitions(Rendering.render(fixture))).contains("Healthwatch");
        fixture.set("engagement.healthwatch", new ArrayList<>());

        assertThat(definitions(Rendering.render(fixture))).doesNotContain("Healthwatch").contains("Board");
    }

    private static List<String> definitions(RenderedDocument doc) {
        return Rendering.parse(doc).select("#definitions table.definitions tbody th").eachText();
    }

    @Test
    void aProjectTemplateOverridesOneSectionAndLeavesTheOthers() throws Exception {
        Path overrides = temp.resolve("templates");
        Files.createDirectories(overrides.resolve("constitution"));
        Files.writeString(overrides.resolve("constitution/employees.ftlh"), """
                <section class="numbered" id="employees">
                <h2>Our people</h2>
                <p class="clause">${icbName} sets its staff's pay through its Remuneration Committee.</p>
                </section>
                """);

        Document html = Rendering.parse(Rendering.render(northshire(), new TemplateEngine(List.of(overrides))));

        Element section = section(html, "employees");
        assertThat(section.selectFirst("h2").text()).isEqualTo("8 Our people");
        assertThat(section.text()).contains("NHS Northshire and Riverton Integrated Care Board sets its staff's pay")
                .doesNotContain("may be seconded");
        assertThat(section(html, "public-involvement").selectFirst("h2").text()).isEqualTo("9 Arrangements for public involvement");
    }

    @Test
    void localProseFromAMarkdownFileOpensItsSection() {
        DefinitionFixture fixture = northshire();
        fixture.write("prose/conflicts.md", "# Our approach\n\nWe publish **every** declaration within a week.\n");
        fixture.set("constitution.prose", List.of(Map.of("section", "conflicts", "file", "prose/conflicts.md")));

        Document html = Rendering.parse(Rendering.render(fixture));

        Element prose = section(html, "conflicts").selectFirst("div.local-prose");
        assertThat(prose).isNotNull();
        assertThat(prose.selectFirst("h3").text()).isEqualTo("Our approach");
        assertThat(prose.selectFirst("strong").text()).isEqualTo("every");
        assertThat(html.select("div.local-prose")).hasSize(1);
    }

    @Test
    void proseForASectionTheConstitutionDoesNotHaveFailsAtItsEntry() {
        DefinitionFixture fixture = northshire();
        fixture.write("prose/x.md", "Text.");
        fixture.set("constitution.prose", List.of(Map.of("section", "preamble", "file", "prose/x.md")));

        assertThatThrownBy(() -> Rendering.render(fixture))
                .isInstanceOfSatisfying(RenderException.class, e -> {
                    assertThat(e.location().file()).endsWith("ics.yaml");
                    assertThat(e.location().line()).isPositive();
                })
                .hasMessageContaining("'preamble'").hasMessageContaining("public-involvement");
    }

    @Test
    void twoRendersOfTheSameDefinitionAreIdentical() {
        DefinitionFixture fixture = northshire();
        RenderedDocument first = Rendering.render(fixture);
        RenderedDocument second = Rendering.render(fixture);

        assertThat(second.bodyHtml()).isEqualTo(first.bodyHtml());
        assertThat(second.contents()).isEqualTo(first.contents());
        assertThat(second.subtitle()).isEqualTo(first.subtitle());
    }

    @Test
    void theQuorumIsTheDefinitionsQuorum() {
        DefinitionFixture fixture = northshire();
        fixture.set("board.quorum.members", 5);
        fixture.set("board.quorum.including", List.of("chair-or-deputy", "clinical"));

        Document html = Rendering.parse(Rendering.render(fixture));

        assertThat(html.getElementById("board-quorum").text()).endsWith(
                "A meeting of the board is quorate when five voting members are present, fewer than half of the board's eleven voting members,"
                        + " including the chair or the deputy chair and at least one member with a clinical qualification.");
        assertThat(html.getElementById("so-quorum").text()).contains("set out in clause 5.2.1");
    }

    @Test
    void theApprovalStatusIsStatedWithItsDateAndEveryVersionIsListed() {
        DefinitionFixture fixture = northshire();
        RenderedDocument approved = Rendering.render(fixture);
        Document html = Rendering.parse(approved);

        assertThat(approved.subtitle()).isEqualTo("Version 2.0, approved by NHS England on 1 March 2025");
        assertThat(html.selectFirst("#version-history p.status").text())
                .isEqualTo("Current version: 2.0. Status: approved by NHS England on 1 March 2025, with effect from 1 April 2025.");
        assertThat(html.select("#version-history table tbody tr")).extracting(Element::text)
                .containsExactly("1.0 1 July 2022 Constitution on establishment. NHS England",
                        "2.0 1 March 2025 Committee structure revised. NHS England");

        fixture.set("constitution.status", "submitted");
        RenderedDocument submitted = Rendering.render(fixture);
        assertThat(submitted.subtitle()).isEqualTo("Version 2.0, submitted to NHS England for approval");
        assertThat(Rendering.parse(submitted).getElementById("status").text()).contains("It has no effect until NHS England approves it");
    }

    @Test
    void functionsNhsEnglandDelegatesAreTabledWithTheirAgreementAndTheBodyThatExercisesThem() {
        Document html = Rendering.parse(Rendering.render(northshire()));

        Element row = section(html, "nhs-england").selectFirst("table tbody tr");
        assertThat(row.text()).isEqualTo("F11 Commissioning of primary medical services NHS Act 2006 s65Z5 "
                + "Delegation Agreement between NHS England and the ICB, 2023 Primary Care Commissioning Committee (paragraph 4.3.5)");
    }

    @Test
    void eachPlaceStatesItsGovernanceModelAndPointsToTheCommitteeThatDecidesForIt() {
        Document html = Rendering.parse(Rendering.render(northshire()));

        assertThat(section(html, "place-northshire-place").text()).contains("Governance model: consultative forum.")
                .contains("Two primary care networks are aligned to it.");
        Element riverton = section(html, "place-riverton-place");
        assertThat(riverton.text()).contains("Governance model: committee of the ICB. The board has delegated decisions for the place to the Riverton Place Committee (paragraph 4.3.6).");
        assertThat(riverton.selectFirst("a.xref").attr("href")).isEqualTo("#committee-riverton-place-committee");
    }

    @Test
    void aDefinitionWithoutTheOptionalSectionsStillReadsAsAConstitution() {
        DefinitionFixture fixture = northshire();
        for (String section : List.of("constitution", "engagement", "finance", "digital", "quality", "clinical-leadership", "justifications")) {
            fixture.remove(section);
        }
        fixture.set("collaboratives", new ArrayList<>());
        fixture.set("delegations", new ArrayList<>());

        Document html = Rendering.parse(Rendering.render(fixture));

        assertThat(html.getElementById("collaboratives").text()).contains("No provider collaborative exercises functions");
        assertThat(html.getElementById("version-history").select("table")).isEmpty();
        assertThat(html.select(".departure")).isEmpty();
        assertThat(html.text()).doesNotContain("[missing reference");
    }

    @Test
    void anOfficerWithDelegatedAuthorityIsNamedByTitle() {
        Document html = Rendering.parse(Rendering.render(northshire()));

        assertThat(html.select("#general ul.officer-delegations li").eachText()).containsExactly(
                "to the director of finance: Estates, procurement and commercial strategy (F09), up to £5m, reporting to the Audit and Risk Committee (paragraph 4.3.1).");
    }

    @Test
    void writesAPreviewOfTheFixtureToLookAt() {
        RenderedDocument doc = Rendering.render(northshire());
        Rendering.writePreview(doc, Path.of("target/constitution-preview/northshire.html"));
        assertThat(doc.slug()).isEqualTo("constitution");
        assertThat(doc.stylesheets()).containsExactly("constitution/constitution.css");
    }

    @Test
    void datesReadAsInEnglishDocuments() {
        Document html = Rendering.parse(Rendering.render(northshire()));

        assertThat(html.getElementById("status").text()).contains("approved it on 1 March 2025 and it has effect from 1 April 2025");
        assertThat(html.text()).doesNotContain("1 July 2022 to 31 December 2026");
    }

    private static Map<String, Object> committee(String id, String name, String kind) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("name", name);
        c.put("kind", kind);
        c.put("purpose", "Assures the board on financial performance.");
        c.put("chair", "ine-deputy");
        c.put("members", List.of(Map.of("person", "ine-deputy", "role", "Chair"), Map.of("person", "cfo", "role", "Director of Finance")));
        c.put("quorum", Map.of("members", 2));
        c.put("reports-to", "board");
        return c;
    }

    private static Map<String, Object> partnerMember(String person, String sector, List<String> nominatedBy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person", person);
        m.put("role", "partner-member");
        m.put("partner-sector", sector);
        m.put("nominated-by", nominatedBy);
        m.put("appointed-by", "northshire-icb");
        m.put("appointed-on", "2025-06-01");
        m.put("term-start", "2025-07-01");
        m.put("term-end", "2028-06-30");
        m.put("perspective-not-delegate", true);
        m.put("fit-and-proper", Map.of("checked-on", "2026-04-01", "outcome", "met", "eligibility-met", true));
        m.put("disqualification", Map.of("declared-on", "2026-04-01"));
        return m;
    }

}
