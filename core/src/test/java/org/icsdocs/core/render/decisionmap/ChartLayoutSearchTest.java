package org.icsdocs.core.render.decisionmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout search runs ELK only where the answer could change, and chooses what the exhaustive search chooses. */
class ChartLayoutSearchTest {

    @TempDir
    Path temp;

    /** A system of many committees and places: no row limit gives 9-point text, so the search wants the largest text. */
    private static StructureChart wide(int committees, int places) {
        List<ChartNode> nodes = new ArrayList<>();
        List<ChartEdge> edges = new ArrayList<>();
        nodes.add(new ChartNode("nhse", NodeKind.NHS_ENGLAND, "NHS England", null, "Delegates F20–F24"));
        nodes.add(new ChartNode("board", NodeKind.BOARD, "Board of NHS Example Integrated Care Board", "Unitary board of the ICB", "Reserves F1–F9"));
        edges.add(new ChartEdge("nhse", "board", ChartEdge.Kind.DELEGATION, null));
        for (int i = 1; i <= committees; i++) {
            nodes.add(new ChartNode("c" + i, NodeKind.COMMITTEE, "Quality and performance committee number " + i, null, "Exercises F" + (30 + i)));
            edges.add(new ChartEdge("board", "c" + i, ChartEdge.Kind.DELEGATION, null));
            edges.add(new ChartEdge("c" + i, "board", ChartEdge.Kind.REPORTING, null));
        }
        for (int i = 1; i <= places; i++) {
            nodes.add(new ChartNode("p" + i, NodeKind.PLACE, "Place partnership of district " + i, "Place: committee of the board", null));
            edges.add(new ChartEdge("p" + i, "c" + (1 + i % committees), ChartEdge.Kind.REPORTING, null));
        }
        return new StructureChart(nodes, edges);
    }

    private ChartLayout layouts() {
        return new ChartLayout(DecisionMapRenderer.measure(Rendering.of(DefinitionFixture.northshire(temp)).context()));
    }

    @Test
    void aChartTooWideForLegibleTextGetsTheExhaustiveSearchsLayoutFromFewerElkRuns() {
        ChartLayout layouts = layouts();
        StructureChart chart = wide(9, 9);
        Map<String, ChartLayout.Result> tried = new HashMap<>();

        ChartLayout.Result chosen = layouts.layout(chart, tried);
        ChartLayout.Result exhaustive = layouts.search(chart, 9, false, new HashMap<>()).orElseThrow();

        assertThat(chosen.textPointSize()).isLessThan(ChartLayout.MIN_TEXT_PT);
        assertThat(chosen).isEqualTo(exhaustive);
        assertThat(tried).as("layouts made, of the 24 the exhaustive search makes").hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void noLayoutIsNarrowerOrLowerThanTheBoundsTheSearchSkipsBy() {
        TextMeasure measure = DecisionMapRenderer.measure(Rendering.of(DefinitionFixture.northshire(temp.resolve("m"))).context());
        StructureChart chart = wide(9, 9);
        for (int limit = 9; limit >= 2; limit--) {
            for (ElkRun.Placement placement : ElkRun.Placement.values()) {
                ElkRun run = new ElkRun(measure, chart, limit, placement);
                ChartLayout.Result r = run.layout();
                assertThat(r.width()).as("width at row limit " + limit + ", " + placement).isGreaterThanOrEqualTo(run.minimumWidth());
                assertThat(r.height()).as("height at row limit " + limit + ", " + placement).isGreaterThanOrEqualTo(run.minimumHeight());
            }
        }
    }

    @Test
    void theExampleChartGetsTheLayoutTheExhaustiveSearchGivesIt() {
        Rendering km = Rendering.of(DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km")));
        StructureChart chart = DecisionMapRenderer.chart(km.context());
        ChartLayout layouts = new ChartLayout(DecisionMapRenderer.measure(km.context()));
        int widest = (int) chart.nodes().stream().filter(n -> n.kind().rank >= 2).collect(
                java.util.stream.Collectors.groupingBy(n -> n.kind().rank, java.util.stream.Collectors.counting())).values().stream()
                .mapToLong(Long::longValue).max().orElse(1);

        assertThat(layouts.layout(chart)).isEqualTo(layouts.search(chart, widest, false, new HashMap<>()).orElseThrow());
    }
}
