package org.icsdocs.core.render.decisionmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.render.decisionmap.SvgChart.BoxShape;
import org.icsdocs.core.render.decisionmap.SvgChart.LineShape;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class DecisionMapDiagramTest {

    @TempDir
    Path temp;

    private SvgChart northshire() throws Exception {
        return SvgChart.parse(Rendering.of(DefinitionFixture.northshire(temp)).svg());
    }

    @Test
    void theChartIsWellFormedSvgWithATitleAndADescriptionItIsLabelledBy() throws Exception {
        SvgChart chart = northshire();
        Element svg = chart.root();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.getAttribute("font-family")).startsWith("'Liberation Sans', Arial");
        Element title = (Element) svg.getElementsByTagNameNS(SvgChart.SVG, "title").item(0);
        Element desc = (Element) svg.getElementsByTagNameNS(SvgChart.SVG, "desc").item(0);
        assertThat(svg.getAttribute("aria-labelledby").split(" ")).containsExactly(title.getAttribute("id"), desc.getAttribute("id"));
        assertThat(title.getTextContent()).contains("NHS Northshire and Riverton Integrated Care Board");
        assertThat(desc.getTextContent())
                .contains("NHS England", "Audit and Risk Committee", "Riverton Health and Care Partnership", "provider collaboratives")
                .contains("Solid lines show functions delegated; dotted lines show reporting and assurance")
                .contains("table");
    }

    @Test
    void theStandaloneFileHasAnXmlDeclarationAndAViewBoxSizedToTheLayout() throws Exception {
        String svg = Rendering.of(DefinitionFixture.northshire(temp)).svg();
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
        SvgChart chart = SvgChart.parse(svg);
        String[] viewBox = chart.root().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(viewBox[2]);
        double height = Double.parseDouble(viewBox[3]);
        for (BoxShape box : chart.boxes().values()) {
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.right()).isLessThanOrEqualTo(width);
            assertThat(box.bottom()).isLessThanOrEqualTo(height);
        }
    }

    @Test
    void everyBodyOfTheSystemIsABox() throws Exception {
        Map<String, BoxShape> boxes = northshire().boxes();
        assertThat(boxes).containsKeys("nhs-england", "board", "icp", "audit", "remuneration", "quality", "ipph", "primary-care",
                "riverton-place-committee", "northshire-place", "riverton-place", "acute-collaborative", "mh-collaborative");
        assertThat(boxes.get("board").kind()).isEqualTo("board");
        assertThat(boxes.get("audit").kind()).isEqualTo("committee");
        assertThat(boxes.get("riverton-place").kind()).isEqualTo("place");
        assertThat(boxes.get("riverton-place").text()).contains("Place: committee of the ICB");
        assertThat(boxes.get("northshire-place").text()).contains("Place: consultative forum");
        assertThat(boxes.get("mh-collaborative").text()).contains("Lead provider: Northshire");
        assertThat(boxes.get("riverton-place-committee").text()).contains("Exercises F14");
        assertThat(boxes.get("board").text()).contains("Reserves F01, F02");
        assertThat(boxes.get("nhs-england").text()).contains("Delegates F11");
    }

    @Test
    void delegationLinesAreSolidAndReportingLinesDotted() throws Exception {
        SvgChart chart = northshire();
        List<LineShape> delegation = chart.lines("board", "riverton-place-committee");
        List<LineShape> reporting = chart.lines("riverton-place-committee", "board");
        assertThat(delegation).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo("delegation");
            assertThat(l.dashed()).isFalse();
        });
        assertThat(reporting).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo("reporting");
            assertThat(l.dashed()).isTrue();
        });
        assertThat(chart.lines("nhs-england", "board")).singleElement().satisfies(l -> assertThat(l.dashed()).isFalse());
        assertThat(chart.lines("board", "acute-collaborative")).singleElement().satisfies(l -> assertThat(l.dashed()).isFalse());
        // A place governed through an ICB committee reports through it; a consultative forum to the board.
        assertThat(chart.lines("riverton-place", "riverton-place-committee")).singleElement().satisfies(l -> assertThat(l.dashed()).isTrue());
        assertThat(chart.lines("northshire-place", "board")).singleElement().satisfies(l -> assertThat(l.dashed()).isTrue());
        assertThat(chart.lines().stream().filter(l -> l.kind().equals("delegation"))).noneMatch(LineShape::dashed);
        assertThat(chart.lines().stream().filter(l -> l.kind().equals("reporting"))).allMatch(LineShape::dashed);
    }

    @Test
    void theIcpSitsBesideTheBoardJoinedByADottedLineBothWays() throws Exception {
        SvgChart chart = northshire();
        BoxShape board = chart.boxes().get("board");
        BoxShape icp = chart.boxes().get("icp");
        assertThat(icp.y()).isLessThan(board.bottom());
        assertThat(board.y()).isLessThan(icp.bottom());
        assertThat(chart.lines("icp", "board")).singleElement().satisfies(l -> {
            assertThat(l.dashed()).isTrue();
            assertThat(l.arrowAtStart()).isTrue();
            assertThat(l.arrowAtEnd()).isTrue();
        });
        assertThat(chart.root().getTextContent().replaceAll("\\s+", " ")).contains("integrated care strategy");
    }

    @Test
    void elkPlacesNhsEnglandAboveTheBoardAndTheCommitteesBelowItWithNothingOverlapping() throws Exception {
        Map<String, BoxShape> boxes = northshire().boxes();
        BoxShape board = boxes.get("board");
        assertThat(boxes.get("nhs-england").bottom()).isLessThan(board.y());
        for (String committee : List.of("audit", "remuneration", "quality", "ipph", "primary-care", "riverton-place-committee")) {
            assertThat(boxes.get(committee).y()).as(committee).isGreaterThan(board.bottom());
        }
        for (String below : List.of("northshire-place", "riverton-place", "acute-collaborative", "mh-collaborative")) {
            assertThat(boxes.get(below).y()).as(below).isGreaterThan(boxes.get("audit").bottom());
        }
        List<BoxShape> all = List.copyOf(boxes.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).overlaps(all.get(j))).as(all.get(i).id() + " and " + all.get(j).id()).isFalse();
            }
        }
    }

    @Test
    void linesRunBetweenTheBoxesTheyJoinInRightAngles() throws Exception {
        SvgChart chart = northshire();
        for (LineShape line : chart.lines()) {
            BoxShape a = chart.boxes().get(line.from());
            BoxShape b = chart.boxes().get(line.to());
            double[] first = line.points().get(0);
            double[] last = line.points().get(line.points().size() - 1);
            assertThat(touches(first, a) && touches(last, b) || touches(first, b) && touches(last, a))
                    .as("line from " + line.from() + " to " + line.to()).isTrue();
            for (int i = 1; i < line.points().size(); i++) {
                double[] p = line.points().get(i - 1);
                double[] q = line.points().get(i);
                assertThat(p[0] == q[0] || p[1] == q[1]).as("orthogonal segment of " + line.from() + " to " + line.to()).isTrue();
            }
        }
    }

    @Test
    void theExampleChartPrintsAtNinePointOrMoreOnAnA4LandscapePage() throws Exception {
        Rendering km = Rendering.of(DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km")));
        ChartLayout.Result layout = new ChartLayout(DecisionMapRenderer.measure(km.context())).layout(DecisionMapRenderer.chart(km.context()));
        assertThat(layout.textPointSize()).isGreaterThanOrEqualTo(ChartLayout.MIN_TEXT_PT);
        assertThat(layout.isClean()).isTrue();
        SvgChart chart = SvgChart.parse(km.svg());
        assertThat(chart.boxes()).hasSize(14);
        // Committees share a row below the board; places and collaboratives sit below them.
        assertThat(chart.boxes().values().stream().filter(b -> b.kind().equals("committee")).map(BoxShape::y).distinct()).hasSize(1);
        assertThat(chart.boxes().get("east-kent").y()).isGreaterThan(chart.boxes().get("audit").bottom());
    }

    @Test
    void twoRendersOfTheChartAreByteIdentical() {
        Rendering first = Rendering.of(DefinitionFixture.northshire(temp.resolve("a")));
        Rendering second = Rendering.of(DefinitionFixture.northshire(temp.resolve("b")));
        assertThat(second.svg()).isEqualTo(first.svg());
        assertThat(first.svg()).isEqualTo(first.svg());
    }

    private static boolean touches(double[] point, BoxShape box) {
        double tolerance = 0.11;
        boolean onHorizontalSide = (Math.abs(point[1] - box.y()) < tolerance || Math.abs(point[1] - box.bottom()) < tolerance)
                && point[0] >= box.x() - tolerance && point[0] <= box.right() + tolerance;
        boolean onVerticalSide = (Math.abs(point[0] - box.x()) < tolerance || Math.abs(point[0] - box.right()) < tolerance)
                && point[1] >= box.y() - tolerance && point[1] <= box.bottom() + tolerance;
        return onHorizontalSide || onVerticalSide;
    }
}
