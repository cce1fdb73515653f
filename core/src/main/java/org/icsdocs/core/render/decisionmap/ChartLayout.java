package org.icsdocs.core.render.decisionmap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lays the structure chart out with Eclipse ELK so that it reads on an A4 landscape page. ELK
 * computes every coordinate (see {@link ElkRun}); this class chooses among a few ELK
 * configurations: first how many boxes a row may hold (a rank too wide for the page is split
 * over more rows), then the node placement strategy, most organisation-chart-like first. It
 * takes the first layout that keeps the text at 9 pt or more on the page and in which nothing
 * overlaps, and otherwise the clean layout with the largest text. The order of the search is
 * fixed, so the same chart always gets the same layout. ELK is run only where its answer could
 * change the choice: the size of the narrowest and lowest drawing a row limit allows is known
 * beforehand, and bounds the text of every layout with that limit.
 */
final class ChartLayout {

    static final double TITLE_SIZE = 13.5;
    static final double TEXT_SIZE = 12.5;
    static final double LINE_HEIGHT = 1.2;
    static final double PAD_X = 10;
    static final double PAD_Y = 7;
    static final double MARGIN = 12;
    static final double LEGEND_HEIGHT = 32;
    static final String LEGEND_SOLID = "Delegation of functions";
    static final String LEGEND_DOTTED = "Reporting and assurance";
    static final double LEGEND_SAMPLE = 44;
    static final double LEGEND_GAP = 8;
    static final double LEGEND_ITEM_GAP = 28;
    /** The usable area of an A4 landscape page, and the smallest text size allowed on it. */
    static final double PAGE_WIDTH_MM = 270;
    static final double PAGE_HEIGHT_MM = 180;
    static final double MIN_TEXT_PT = 9;
    private static final double MM_PER_PT = 25.4 / 72;

    record Point(double x, double y) {
    }

    /** A box with its wrapped text; x and y are its top-left corner; the text block, {@code textHeight} high, is centred in it. */
    record Box(ChartNode node, double x, double y, double width, double height, List<String> title, List<String> subtitle,
               List<String> functions, double textHeight) {

        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        boolean overlaps(Box o) {
            return x < o.right() && o.x() < right() && y < o.bottom() && o.y() < bottom();
        }
    }

    /** A label beside a line; x and y are the top-left corner of its text block. */
    record Label(List<String> lines, double x, double y, double width, double height) {
    }

    /** A routed line: points in drawing order, and at which ends it carries an arrowhead. */
    record Line(ChartEdge edge, List<Point> points, boolean arrowAtStart, boolean arrowAtEnd, Label label) {
    }

    /** A finished layout: boxes, lines, the size of the whole drawing (legend included), and how it was made. */
    record Result(List<Box> boxes, List<Line> lines, double width, double height, int rowLimit, ElkRun.Placement placement) {

        Optional<Box> box(String id) {
            return boxes.stream().filter(b -> b.node().id().equals(id)).findFirst();
        }

        /** The size the smallest text prints at when the chart is scaled to fit an A4 landscape page. */
        double textPointSize() {
            return ChartLayout.textPointSize(width, height);
        }

        /** No two boxes overlap, and every label sits clear of every box. */
        boolean isClean() {
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    if (boxes.get(i).overlaps(boxes.get(j))) {
                        return false;
                    }
                }
            }
            return lines.stream().map(Line::label).filter(l -> l != null).noneMatch(l -> {
                Box area = new Box(null, l.x(), l.y(), l.width(), l.height(), List.of(), List.of(), List.of(), 0);
                return boxes.stream().anyMatch(area::overlaps);
            });
        }
    }

    private final TextMeasure measure;

    ChartLayout(TextMeasure measure) {
        this.measure = measure;
    }

    Result layout(StructureChart chart) {
        return layout(chart, new HashMap<>());
    }

    /** @param tried the layouts made, by row limit and placement: filled in, so that a test can see which were needed */
    Result layout(StructureChart chart, Map<String, Result> tried) {
        Map<Integer, Long> perRank = chart.nodes().stream().filter(n -> n.kind().rank >= 2)
                .collect(Collectors.groupingBy(n -> n.kind().rank, Collectors.counting()));
        int widest = (int) perRank.values().stream().mapToLong(Long::longValue).max().orElse(1);
        // Most row limits make a chart too wide for legible text whatever ELK does; a first pass skips
        // those without laying them out (a profile found ELK the largest part of an HTML-only build).
        // It returns what the full search would, since the full search returns the first legible layout.
        Optional<Result> legible = search(chart, widest, true, tried);
        if (legible.isPresent() && legible.get().textPointSize() >= MIN_TEXT_PT) {
            return legible.get();
        }
        // The first pass tried every limit that could give legible text: none does, so what the full
        // search would return is the clean layout with the largest text (the first in its order on a tie).
        return largest(chart, widest, tried)
                // Nothing clean at all is not expected; fall back to ELK's first answer rather than fail the document.
                .orElseGet(() -> new ElkRun(measure, chart, Math.max(widest, 1), ElkRun.Placement.values()[0]).layout());
    }

    /**
     * The first clean layout with legible text, trying row limits from the widest down and each
     * placement in turn; failing that, the clean one with the largest text.
     *
     * @param legibleOnly skip the row limits whose narrowest possible drawing already makes the text too small
     * @param tried       layouts made so far, by row limit and placement: the full search after a first pass lays out none twice
     */
    Optional<Result> search(StructureChart chart, int widest, boolean legibleOnly, Map<String, Result> tried) {
        Result best = null;
        for (int limit : limits(widest)) {
            if (legibleOnly && bound(chart, limit) < MIN_TEXT_PT) {
                continue;
            }
            for (ElkRun.Placement placement : ElkRun.Placement.values()) {
                int rowLimit = limit;
                Result r = tried.computeIfAbsent(limit + "/" + placement, k -> new ElkRun(measure, chart, rowLimit, placement).layout());
                if (!r.isClean()) {
                    continue;
                }
                if (r.textPointSize() >= MIN_TEXT_PT) {
                    return Optional.of(r);
                }
                if (best == null || r.textPointSize() > best.textPointSize()) {
                    best = r;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The clean layout with the largest text, and of those the first in the search's order (row
     * limits from the widest down, placements in turn), as {@link #search} without a legible layout
     * returns it. Limits are visited from the largest bound down, and a limit whose bound cannot
     * beat the best layout found so far is not laid out at all: for a chart too wide for legible
     * text this leaves most of ELK's runs out, and the answer is the same.
     */
    Optional<Result> largest(StructureChart chart, int widest, Map<String, Result> tried) {
        List<Integer> order = limits(widest);
        Map<Integer, Double> bounds = new HashMap<>();
        order.forEach(limit -> bounds.put(limit, bound(chart, limit)));
        List<Integer> promising = order.stream().sorted((a, b) -> Double.compare(bounds.get(b), bounds.get(a))).toList();
        int placements = ElkRun.Placement.values().length;
        Result best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int limit : promising) {
            double bound = bounds.get(limit);
            int first = order.indexOf(limit) * placements;
            if (best != null && (bound < best.textPointSize() || (bound == best.textPointSize() && first > bestRank))) {
                continue;
            }
            for (ElkRun.Placement placement : ElkRun.Placement.values()) {
                Result r = tried.computeIfAbsent(limit + "/" + placement, k -> new ElkRun(measure, chart, limit, placement).layout());
                int rank = first + placement.ordinal();
                if (r.isClean() && (best == null || r.textPointSize() > best.textPointSize()
                        || (r.textPointSize() == best.textPointSize() && rank < bestRank))) {
                    best = r;
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Row limits in the order the search tries them: the widest first. */
    private static List<Integer> limits(int widest) {
        List<Integer> limits = new java.util.ArrayList<>();
        for (int limit = Math.max(widest, 1); limit >= Math.min(widest, 2); limit--) {
            limits.add(limit);
        }
        return limits;
    }

    /** The largest text any layout with this row limit can have: that of its narrowest and lowest possible drawing. */
    private double bound(StructureChart chart, int limit) {
        ElkRun run = new ElkRun(measure, chart, limit, ElkRun.Placement.values()[0]);
        return textPointSize(run.minimumWidth(), run.minimumHeight());
    }

    /** The size the smallest text prints at when a drawing of this size is scaled to fit the page; a height of 0 leaves height out. */
    static double textPointSize(double width, double height) {
        double mmPerUnit = height > 0 ? Math.min(PAGE_WIDTH_MM / width, PAGE_HEIGHT_MM / height) : PAGE_WIDTH_MM / width;
        return TEXT_SIZE * mmPerUnit / MM_PER_PT;
    }
}
