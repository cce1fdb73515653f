package org.icsdocs.core.render.decisionmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartPartsTest {

    @TempDir
    Path temp;

    @Test
    void runsOfFunctionReferencesAreShortened() {
        assertThat(FunctionRefs.compact(List.of("F11", "F12", "F13", "F14"))).isEqualTo("F11\u2013F14");
        assertThat(FunctionRefs.compact(List.of("F01", "F02", "F04", "F23"))).isEqualTo("F01, F02, F04, F23");
        assertThat(FunctionRefs.compact(List.of("F8", "F9", "F10"))).isEqualTo("F8, F9, F10");
        assertThat(FunctionRefs.compact(List.of("A", "B"))).isEqualTo("A, B");
        assertThat(List.of("F10", "F9", "F2", "G1").stream().sorted(FunctionRefs.NATURAL).toList()).containsExactly("F2", "F9", "F10", "G1");
    }

    @Test
    void rowsKeepKindsTogetherAndSplitALongKindEvenly() {
        List<ChartNode> nodes = new ArrayList<>();
        nodes.add(new ChartNode("board", NodeKind.BOARD, "Board", null, null));
        IntStream.range(0, 7).forEach(i -> nodes.add(new ChartNode("c" + i, NodeKind.COMMITTEE, "C" + i, null, null)));
        IntStream.range(0, 3).forEach(i -> nodes.add(new ChartNode("p" + i, NodeKind.PLACE, "P" + i, null, null)));
        IntStream.range(0, 2).forEach(i -> nodes.add(new ChartNode("k" + i, NodeKind.COLLABORATIVE, "K" + i, null, null)));
        Map<String, Integer> rows = Rows.partitions(nodes, 5);
        assertThat(rows.get("board")).isEqualTo(1);
        assertThat(IntStream.range(0, 4).mapToObj(i -> rows.get("c" + i))).containsOnly(2);
        assertThat(IntStream.range(4, 7).mapToObj(i -> rows.get("c" + i))).containsOnly(3);
        assertThat(IntStream.range(0, 3).mapToObj(i -> rows.get("p" + i))).containsOnly(4);
        assertThat(IntStream.range(0, 2).mapToObj(i -> rows.get("k" + i))).containsOnly(4);
    }

    @Test
    void aSystemWithManyCommitteesWrapsThemIntoRowsToKeepItsTextLarge() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp);
        for (int i = 1; i <= 6; i++) {
            fixture.add("committees", Map.of("id", "extra-" + i, "name", "Extra Committee Number " + i, "kind", "other", "reports-to", "board"));
        }
        Rendering rendering = Rendering.of(fixture);
        ChartLayout.Result layout = new ChartLayout(DecisionMapRenderer.measure(rendering.context())).layout(DecisionMapRenderer.chart(rendering.context()));
        ChartLayout.Result oneRow = new ElkRun(DecisionMapRenderer.measure(rendering.context()), DecisionMapRenderer.chart(rendering.context()),
                12, ElkRun.Placement.BALANCED).layout();
        assertThat(layout.isClean()).isTrue();
        // Nineteen boxes do not all fit an A4 landscape page at 9 pt; wrapping gets as close as it can.
        assertThat(layout.textPointSize()).isGreaterThan(oneRow.textPointSize() + 3).isGreaterThan(8.0);
        SvgChart chart = SvgChart.parse(rendering.svg());
        assertThat(chart.boxes().values().stream().filter(b -> b.kind().equals("committee")).map(SvgChart.BoxShape::y).distinct().count())
                .isGreaterThan(1);
    }

    @Test
    void skippingIllegibleRowLimitsChoosesTheLayoutTheFullSearchWould() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp);
        for (int i = 1; i <= 9; i++) {
            fixture.add("committees", Map.of("id", "extra-" + i, "name", "Extra Committee Number " + i, "kind", "other", "reports-to", "board"));
        }
        Rendering rendering = Rendering.of(fixture);
        TextMeasure measure = DecisionMapRenderer.measure(rendering.context());
        StructureChart chart = DecisionMapRenderer.chart(rendering.context());
        int widest = (int) chart.nodes().stream().filter(n -> n.kind() == NodeKind.COMMITTEE).count();
        // the bound the first pass trusts: no layout is narrower than the minimum width
        int skipped = 0;
        for (int limit = widest; limit >= 2; limit--) {
            ElkRun run = new ElkRun(measure, chart, limit, ElkRun.Placement.BALANCED);
            assertThat(run.layout().width()).as("row limit " + limit).isGreaterThanOrEqualTo(run.minimumWidth());
            skipped += ChartLayout.textPointSize(run.minimumWidth(), 0) < ChartLayout.MIN_TEXT_PT ? 1 : 0;
        }
        assertThat(skipped).as("row limits the first pass skips").isPositive();
        ChartLayout layout = new ChartLayout(measure);
        ChartLayout.Result chosen = layout.layout(chart);
        ChartLayout.Result exhaustive = layout.search(chart, widest, false, new java.util.HashMap<>()).orElseThrow();
        assertThat(chosen.rowLimit()).isEqualTo(exhaustive.rowLimit());
        assertThat(chosen.placement()).isEqualTo(exhaustive.placement());
        assertThat(chosen.boxes()).isEqualTo(exhaustive.boxes());
    }

    @Test
    void aSystemWithOnlyABoardStillGetsAChart() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp).remove("icp").remove("collaboratives").remove("places").remove("committees");
        SvgChart chart = SvgChart.parse(Rendering.of(fixture).svg());
        assertThat(chart.boxes()).containsOnlyKeys("nhs-england", "board");
        assertThat(chart.lines("nhs-england", "board")).hasSize(1);
    }
}
