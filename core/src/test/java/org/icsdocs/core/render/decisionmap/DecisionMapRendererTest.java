package org.icsdocs.core.render.decisionmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.render.Numbering;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.testing.DefinitionFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionMapRendererTest {

    @TempDir
    Path temp;

    private static Document html(RenderedDocument doc) {
        return Jsoup.parseBodyFragment(doc.bodyHtml());
    }

    /** The cells of the table line(s) of one function: its own row and any rows its cells span. */
    private static Elements rowsOf(Document doc, String ref) {
        Element first = doc.getElementById("function-" + ref).parent();
        Elements rows = new Elements(first);
        int span = Integer.parseInt(doc.getElementById("function-" + ref).attr("rowspan").isEmpty() ? "1" : doc.getElementById("function-" + ref).attr("rowspan"));
        Element next = first;
        for (int i = 1; i < span; i++) {
            next = next.nextElementSibling();
            rows.add(next);
        }
        return rows;
    }

    private static String cell(Element row, String cls) {
        return row.selectFirst("td." + cls).text();
    }

    @Test
    void isTheFunctionsAndDecisionMapWithItsOwnStylesheet() {
        RenderedDocument doc = Rendering.of(DefinitionFixture.northshire(temp)).render();
        assertThat(doc.slug()).isEqualTo("decision-map");
        assertThat(doc.title()).isEqualTo("Functions and decision map");
        assertThat(doc.subtitle()).isEqualTo("NHS Northshire and Riverton Integrated Care Board, as at 1 November 2026");
        assertThat(doc.stylesheets()).containsExactly("decision-map/decision-map.css");
    }

    @Test
    void theIntroductionSaysWhatTheMapIsThenTheChartComesBeforeTheTable() {
        RenderedDocument doc = Rendering.of(DefinitionFixture.northshire(temp)).render();
        Document html = html(doc);
        Elements top = html.select("body > section.numbered");
        assertThat(top.eachAttr("id")).containsExactly("introduction", "structure", "functions");
        assertThat(top.get(0).text())
                .contains("a high-level structural chart that sets out which key decisions are delegated and taken by which part or parts of")
                .contains("beside the scheme of reservation and delegation");
        Element diagram = top.get(1);
        assertThat(diagram.hasClass("diagram")).isTrue();
        assertThat(diagram.selectFirst("figure > svg")).isNotNull();
        assertThat(diagram.selectFirst("figcaption").text()).contains("Solid lines show functions delegated; dotted lines show reporting and assurance");
        assertThat(html.select("h2").eachText()).containsExactly("1 About this map", "2 Structure chart", "3 Functions and decisions");
        assertThat(doc.bodyHtml()).doesNotContain("[missing reference");
        assertThat(html.select("a.xref").eachText()).contains("section 2", "section 3");
        assertThat(doc.contents()).extracting(Numbering.Entry::title)
                .containsSequence("About this map", "Structure chart", "Functions and decisions", "The ICB's core functions");
    }

    @Test
    void theChartInThePageIsTheStandaloneChartWithoutItsXmlDeclaration() {
        Rendering northshire = Rendering.of(DefinitionFixture.northshire(temp));
        String standalone = northshire.svg();
        String inPage = html(northshire.render()).selectFirst("section.diagram svg").outerHtml();
        assertThat(standalone).startsWith("<?xml");
        assertThat(Jsoup.parse(standalone.substring(standalone.indexOf("<svg"))).selectFirst("svg").select("g.box").eachAttr("data-id"))
                .isEqualTo(Jsoup.parse(inPage).select("g.box").eachAttr("data-id"));
    }

    @Test
    void theTableGroupsFunctionsUnderASubHeadingPerCategory() {
        Document html = html(Rendering.of(DefinitionFixture.northshire(temp)).render());
        assertThat(html.select("#functions h3").eachText()).containsExactly("3.1 The ICB's core functions", "3.2 Functions delegated by NHS England",
                "3.3 Joint arrangements with local authorities", "3.4 Arrangements with other ICBs");
        assertThat(html.select("#functions-core th[scope=row]").eachText())
                .containsExactly("F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09", "F10", "F14", "F15");
        assertThat(html.select("#functions-nhs-england-delegated th[scope=row]").eachText()).containsExactly("F11");
        assertThat(html.select("#functions-joint-with-local-authority th[scope=row]").eachText()).containsExactly("F12");
        assertThat(html.select("#functions-supra-ics th[scope=row]").eachText()).containsExactly("F13");
        for (Element table : html.select("table.decision-map-table")) {
            assertThat(table.selectFirst("caption")).isNotNull();
            assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Ref", "Function or decision", "Statutory source",
                    "Reserved to the board or delegated to", "Financial limit", "Reporting route");
        }
    }

    @Test
    void eachRowGivesTheHolderTheLimitAndTheReportingRoute() {
        Document html = html(Rendering.of(DefinitionFixture.northshire(temp)).render());
        Element f14 = rowsOf(html, "F14").first();
        assertThat(cell(f14, "holder")).startsWith("Riverton Place Committee (committee)").contains("[D2]");
        assertThat(cell(f14, "limit")).isEqualTo("£150m");
        assertThat(cell(f14, "route")).isEqualTo("NHS Northshire and Riverton Board");

        Element f09 = rowsOf(html, "F09").first();
        assertThat(cell(f09, "holder")).startsWith("Finn Money, Director of finance (officer)").contains("[D4]");
        assertThat(cell(f09, "limit")).isEqualTo("£5m");
        assertThat(cell(f09, "route")).isEqualTo("Audit and Risk Committee");

        Element f01 = rowsOf(html, "F01").first();
        assertThat(cell(f01, "holder")).isEqualTo("Reserved to the board");
        assertThat(cell(f01, "source")).isEqualTo("NHS Act 2006 s14Z52");
        assertThat(cell(f01, "limit")).isEqualTo("Not applicable");

        Element f03 = rowsOf(html, "F03").first();
        assertThat(cell(f03, "holder")).isEqualTo("NHS Northshire and Riverton Board (not delegated)");

        Element f15 = rowsOf(html, "F15").first();
        assertThat(cell(f15, "holder")).startsWith("Northshire and Riverton Acute Provider Collaborative (provider collaborative)");
        assertThat(cell(f15, "limit")).isEqualTo("£50m");
    }

    @Test
    void nhsEnglandJointAndSupraIcsArrangementsAreNamedInFull() {
        Document html = html(Rendering.of(DefinitionFixture.northshire(temp)).render());
        assertThat(cell(rowsOf(html, "F11").first(), "function"))
                .contains("Delegated to the ICB by NHS England under the Delegation Agreement between NHS England and the ICB, 2023");
        assertThat(cell(rowsOf(html, "F12").first(), "function"))
                .contains("Local authority: Northshire County Council")
                .contains("Pooled budget: Northshire Better Care Fund (section 75, £80m, hosted by Northshire County Council)")
                .contains("Place: Northshire Health and Care Partnership");
        assertThat(cell(rowsOf(html, "F12").first(), "holder")).isEqualTo("NHS Northshire and Riverton Board, jointly with Northshire County Council");
        assertThat(cell(rowsOf(html, "F13").first(), "function"))
                .contains("Partner ICBs: NHS Westshire Integrated Care Board")
                .contains("Joint arrangement: Northshire and Westshire Joint Committee for specialised services");
    }

    @Test
    void aFunctionDelegatedTwiceHasALineForEachDelegation() {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp)
                .add("delegations", Map.of("id", "D5", "function", "F14", "from", "riverton-place-committee", "officer", "place-lead",
                        "financial-limit", "£2m", "reports-to", "riverton-place-committee"));
        Document html = html(Rendering.of(fixture).render());
        Elements rows = rowsOf(html, "F14");
        assertThat(html.getElementById("function-F14").attr("rowspan")).isEqualTo("2");
        assertThat(rows).hasSize(2);
        assertThat(cell(rows.get(0), "holder")).contains("Riverton Place Committee", "[D2]");
        assertThat(cell(rows.get(1), "holder")).contains("(officer)", "[D5]");
        assertThat(cell(rows.get(1), "limit")).isEqualTo("£2m");
        assertThat(cell(rows.get(1), "route")).isEqualTo("Riverton Place Committee");
    }

    @Test
    void aJustifiedDepartureIsStatedBesideTheFunctionItConcerns() {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp)
                .remove("functions[id=F12].place")
                .add("justifications", Map.of("rule", "FDM-004", "subject", "F12",
                        "reason", "The fund is pooled for the whole county, which two places share."));
        Document html = html(Rendering.of(fixture).render());
        assertThat(rowsOf(html, "F12").first().select("p.departure").text())
                .doesNotContain("FDM-004").contains("Joint commissioning under section 75 names the authority, the pooled budget and the place.",
                        "The fund is pooled for the whole county, which two places share.");
        assertThat(html.select("p.departure")).hasSize(1);
        assertThat(html.getElementById("departures")).isNull();
    }

    @Test
    void addingACommitteeWithADelegationPutsItInTheTableAndTheChartAndRemovingItTakesItOut() throws Exception {
        Map<String, Object> committee = new LinkedHashMap<>();
        committee.put("id", "finance");
        committee.put("name", "Finance and Performance Committee");
        committee.put("kind", "finance");
        committee.put("chair", "ine-audit");
        committee.put("members", List.of(Map.of("person", "ine-audit", "role", "Chair"), Map.of("person", "cfo", "role", "Director of Finance")));
        committee.put("quorum", Map.of("members", 2));
        committee.put("reports-to", "board");
        DefinitionFixture fixture = DefinitionFixture.northshire(temp)
                .add("committees", committee)
                .add("functions", Map.of("id", "F16", "name", "Approve business cases within the capital plan", "category", "other",
                        "accountable", "board", "exercised-by", "finance"))
                .add("delegations", Map.of("id", "D5", "function", "F16", "from", "board", "to", "finance", "financial-limit", "£20m",
                        "reports-to", "board"));

        Rendering added = Rendering.of(fixture);
        Document html = html(added.render());
        Element f16 = rowsOf(html, "F16").first();
        assertThat(cell(f16, "holder")).startsWith("Finance and Performance Committee (committee)");
        assertThat(cell(f16, "limit")).isEqualTo("£20m");
        assertThat(html.select("#functions h3").eachText()).contains("3.5 Other functions and decisions");
        SvgChart chart = SvgChart.parse(added.svg());
        assertThat(chart.boxes()).containsKey("finance");
        assertThat(chart.boxes().get("finance").text()).contains("Finance and Performance Committee", "Exercises F16");
        assertThat(chart.lines("board", "finance")).singleElement().satisfies(l -> assertThat(l.dashed()).isFalse());
        assertThat(chart.lines("finance", "board")).singleElement().satisfies(l -> assertThat(l.dashed()).isTrue());
        assertThat(html.selectFirst("section.diagram svg desc").text()).contains("Finance and Performance Committee");

        fixture.remove("committees[id=finance]").remove("functions[id=F16]").remove("delegations[id=D5]");
        Rendering removed = Rendering.of(fixture);
        Document after = html(removed.render());
        assertThat(after.getElementById("function-F16")).isNull();
        assertThat(after.text()).doesNotContain("Finance and Performance Committee");
        assertThat(SvgChart.parse(removed.svg()).boxes()).doesNotContainKey("finance");
        assertThat(removed.svg()).doesNotContain("Finance and Performance Committee");
    }

    @Test
    void aJointCommitteeIsDrawnAsOneAndNamesItsPartners() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp)
                .add("committees", Map.of("id", "joint-cyp", "name", "Children's Services Joint Committee", "kind", "other",
                        "type", "joint-committee", "partners", List.of("northshire-cc", "riverton-council"), "reports-to", "board"));
        SvgChart chart = SvgChart.parse(Rendering.of(fixture).svg());
        assertThat(chart.boxes().get("joint-cyp").kind()).isEqualTo("joint-committee");
        assertThat(chart.boxes().get("joint-cyp").text()).contains("Joint committee with Northshire County Council, Riverton City Council");
        assertThat(chart.boxes().get("audit").kind()).isEqualTo("committee");
    }

    @Test
    void aDepartureThatConcernsNoSingleFunctionIsStatedAfterTheTables() {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp)
                .remove("finance.mental-health-investment-standard")
                .add("justifications", Map.of("rule", "FIN-003", "reason", "The standard is reported in the annual accounts instead."));
        Document html = html(Rendering.of(fixture).render());
        Element departures = html.getElementById("departures");
        assertThat(departures.selectFirst("h3").text()).isEqualTo("3.5 Other departures from guidance");
        assertThat(departures.select("li.departure").text()).doesNotContain("FIN-003").contains("The standard is reported in the annual accounts instead.");
        assertThat(html.select("table p.departure")).isEmpty();
    }

    @Test
    void theFragmentIsWellFormedXhtml() throws Exception {
        String body = Rendering.of(DefinitionFixture.northshire(temp)).render().bodyHtml();
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                ("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + body + "</div>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(1);
        assertThat(dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table").getLength()).isEqualTo(4);
    }

    @Test
    void twoRendersAreByteIdentical() {
        RenderedDocument first = Rendering.of(DefinitionFixture.northshire(temp.resolve("a"))).render();
        RenderedDocument second = Rendering.of(DefinitionFixture.northshire(temp.resolve("b"))).render();
        assertThat(second.bodyHtml()).isEqualTo(first.bodyHtml());
        assertThat(second.contents()).isEqualTo(first.contents());
    }

    @Test
    void theExampleRendersWithItsDepartureAndEveryCommittee() {
        Rendering km = Rendering.of(DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km")));
        Document html = html(km.render());
        assertThat(rowsOf(html, "F15").first().select("p.departure").text()).doesNotContain("FDM-004").contains("Kent Better Care Fund is pooled for the whole");
        for (String committee : List.of("Audit and Risk Committee", "Remuneration Committee", "Quality and Safety Committee",
                "Primary Care Commissioning Committee", "Inequalities, Prevention and Population Health Committee")) {
            assertThat(html.select("table").text()).contains(committee);
            assertThat(html.selectFirst("svg").select("g.box").text()).contains(committee.split(" ")[0]);
        }
        assertThat(html.select("#functions-other th[scope=row]").eachText()).containsExactly("F18", "F19", "F20", "F21", "F22", "F23");
    }
}
