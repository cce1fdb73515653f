package org.icsdocs.core.render.decisionmap;

import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_DOTTED;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_GAP;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_HEIGHT;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_ITEM_GAP;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_SAMPLE;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_SOLID;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LINE_HEIGHT;
import static org.icsdocs.core.render.decisionmap.ChartLayout.MARGIN;
import static org.icsdocs.core.render.decisionmap.ChartLayout.PAD_X;
import static org.icsdocs.core.render.decisionmap.ChartLayout.PAD_Y;
import static org.icsdocs.core.render.decisionmap.ChartLayout.TEXT_SIZE;
import static org.icsdocs.core.render.decisionmap.ChartLayout.TITLE_SIZE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.icsdocs.core.render.decisionmap.ChartLayout.Box;
import org.icsdocs.core.render.decisionmap.ChartLayout.Label;
import org.icsdocs.core.render.decisionmap.ChartLayout.Line;
import org.icsdocs.core.render.decisionmap.ChartLayout.Point;
import org.icsdocs.core.render.decisionmap.ChartLayout.Result;

/**
 * One layout of the chart by ELK Layered, top to bottom with orthogonal lines. The chart tells
 * ELK only what it knows of the structure: the row each box belongs in (as ELK partitions:
 * NHS England above the board, committees below it, places and collaboratives below them), the
 * definition order of the boxes, and the size of each box once its text is wrapped. ELK
 * computes every position and every bend of every line.
 */
final class ElkRun {

    /** Node placement strategies, tried in this order: the first centres a parent over its children. */
    enum Placement { BALANCED, NETWORK_SIMPLEX, LINEAR_SEGMENTS }

    private static final double NODE_WIDTH = 150;
    private static final double WIDE_NODE_WIDTH = 208;
    private static final double NODE_SPACING = 14;
    private static final double LAYER_SPACING = 30;
    private static final int SEED = 1;

    private final TextMeasure measure;
    private final StructureChart chart;
    private final int rowLimit;
    private final Placement placement;

    ElkRun(TextMeasure measure, StructureChart chart, int rowLimit, Placement placement) {
        this.measure = measure;
        this.chart = chart;
        this.rowLimit = rowLimit;
        this.placement = placement;
    }

    Result layout() {
        ElkNode graph = ElkGraphUtil.createGraph();
        configure(graph);
        Map<String, Integer> partitions = Rows.partitions(chart.nodes(), rowLimit);
        Map<String, ElkNode> elk = new LinkedHashMap<>();
        Map<String, Box> texts = new LinkedHashMap<>();
        Map<Integer, Double> rowHeight = new LinkedHashMap<>();
        for (ChartNode n : chart.nodes()) {
            Box text = wrap(n);
            texts.put(n.id(), text);
            rowHeight.merge(partitions.get(n.id()), text.height(), Math::max);
        }
        List<ChartEdge> beside = chart.edges().stream()
                .filter(e -> e.kind() == ChartEdge.Kind.MUTUAL && partitions.get(e.from()).equals(partitions.get(e.to()))).toList();
        Map<ChartEdge, ElkNode> gaps = new LinkedHashMap<>();
        for (ChartNode n : chart.nodes()) {
            Box text = texts.get(n.id());
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setIdentifier(n.id());
            // Boxes of one row share the height of the tallest, so each row reads as a row.
            node.setDimensions(text.width(), rowHeight.get(partitions.get(n.id())));
            node.setProperty(LayeredOptions.PARTITIONING_PARTITION, partitions.get(n.id()));
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
            elk.put(n.id(), node);
            for (ChartEdge e : beside) {
                if (e.from().equals(n.id()) || e.to().equals(n.id())) {
                    gaps.computeIfAbsent(e, k -> gap(graph, k, partitions.get(n.id()), rowHeight.get(partitions.get(n.id()))));
                }
            }
        }
        Map<String, ElkPort> ports = new LinkedHashMap<>();
        Map<ChartEdge, ElkEdge> routed = new LinkedHashMap<>();
        for (ChartEdge e : chart.edges()) {
            if (beside.contains(e)) {
                continue;
            }
            // ELK lays edges out top to bottom, so each ELK edge starts at the body in the higher row:
            // a delegation runs down from the delegator, a report up to the body reported to.
            int fromRow = partitions.get(e.from());
            int toRow = partitions.get(e.to());
            boolean fromIsUpper = fromRow != toRow ? fromRow < toRow : e.kind() == ChartEdge.Kind.DELEGATION;
            String style = e.kind() == ChartEdge.Kind.DELEGATION ? "solid" : "dotted";
            // One port per body, side and line style: lines of one style meet at one point and run
            // together, as on an organisation chart, instead of a tangle of separate lines.
            ElkEdge edge = ElkGraphUtil.createEdge(graph);
            edge.getSources().add(port(ports, elk.get(fromIsUpper ? e.from() : e.to()), style, PortSide.SOUTH));
            edge.getTargets().add(port(ports, elk.get(fromIsUpper ? e.to() : e.from()), style, PortSide.NORTH));
            routed.put(e, edge);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        return result(graph, elk, texts, routed, gaps);
    }

    /**
     * A width the drawing cannot be narrower than, known without running ELK: each row is one ELK
     * layer, so its boxes stand side by side at least the node spacing apart, inside the padding.
     * (The gaps left for labels between boxes of a row only widen it.)
     */
    double minimumWidth() {
        Map<String, Integer> partitions = Rows.partitions(chart.nodes(), rowLimit);
        Map<Integer, Double> rowWidth = new LinkedHashMap<>();
        Map<Integer, Integer> rowCount = new LinkedHashMap<>();
        for (ChartNode n : chart.nodes()) {
            rowWidth.merge(partitions.get(n.id()), wrap(n).width(), Double::sum);
            rowCount.merge(partitions.get(n.id()), 1, Integer::sum);
        }
        double widest = 0;
        for (Map.Entry<Integer, Double> row : rowWidth.entrySet()) {
            widest = Math.max(widest, row.getValue() + (rowCount.get(row.getKey()) - 1) * NODE_SPACING);
        }
        return widest + 2 * MARGIN;
    }

    /**
     * A height the drawing cannot be lower than, known without running ELK: each row is at least
     * one ELK layer, the layers stack down the page at least the spacing between layers apart, every
     * box of a row is as tall as the row's tallest, all inside the padding; the legend goes below.
     */
    double minimumHeight() {
        Map<String, Integer> partitions = Rows.partitions(chart.nodes(), rowLimit);
        Map<Integer, Double> rowHeight = new LinkedHashMap<>();
        for (ChartNode n : chart.nodes()) {
            rowHeight.merge(partitions.get(n.id()), wrap(n).height(), Math::max);
        }
        double rows = rowHeight.values().stream().mapToDouble(Double::doubleValue).sum();
        return rows + (rowHeight.size() - 1) * LAYER_SPACING + 2 * MARGIN + LEGEND_HEIGHT;
    }

    /**
     * The room for a line between two boxes of one row. ELK's layers run top to bottom and route
     * no line within a layer, so that line is drawn straight across, and ELK is given an empty box
     * the size of its label to place between the two boxes (model order keeps it there), so the
     * label has room and nothing else is placed in its way.
     */
    private ElkNode gap(ElkNode graph, ChartEdge e, int partition, double height) {
        double[] label = labelSize(e.label());
        ElkNode gap = ElkGraphUtil.createNode(graph);
        gap.setIdentifier("gap:" + e.from() + ":" + e.to());
        gap.setDimensions(label[0] + 2 * LEGEND_GAP, Math.max(height, 2 * label[1] + 8));
        gap.setProperty(LayeredOptions.PARTITIONING_PARTITION, partition);
        return gap;
    }

    private Result result(ElkNode graph, Map<String, ElkNode> elk, Map<String, Box> texts, Map<ChartEdge, ElkEdge> routed,
                          Map<ChartEdge, ElkNode> gaps) {
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (ChartNode n : chart.nodes()) {
            ElkNode node = elk.get(n.id());
            Box t = texts.get(n.id());
            boxes.put(n.id(), new Box(n, node.getX(), node.getY(), node.getWidth(), node.getHeight(), t.title(), t.subtitle(), t.functions(),
                    t.textHeight()));
        }
        List<Line> lines = new ArrayList<>();
        for (ChartEdge e : chart.edges()) {
            if (routed.containsKey(e)) {
                lines.add(line(e, routed.get(e)));
            } else if (gaps.containsKey(e)) {
                lines.add(besideLine(e, boxes.get(e.from()), boxes.get(e.to()), gaps.get(e)));
            }
        }
        double legendWidth = 2 * MARGIN + 2 * (LEGEND_SAMPLE + LEGEND_GAP) + LEGEND_ITEM_GAP
                + measure.width(LEGEND_SOLID, TEXT_SIZE, false) + measure.width(LEGEND_DOTTED, TEXT_SIZE, false);
        return new Result(List.copyOf(boxes.values()), lines, Math.max(graph.getWidth(), legendWidth), graph.getHeight() + LEGEND_HEIGHT,
                rowLimit, placement);
    }

    private void configure(ElkNode graph) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.RANDOM_SEED, SEED);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, 10.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
        graph.setProperty(LayeredOptions.SPACING_PORT_PORT, 18.0);
        // Rows become partitions: ELK keeps every box of a lower partition above every box of a higher one.
        graph.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        // Longest path from the top puts each row exactly one layer below the row above it, whatever
        // order ELK meets the partitions' constraint edges in, so rows come out the same on every run.
        graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH_SOURCE);
        // Definition order fixes the order within a row: committees in the order the definition lists them.
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
        switch (placement) {
            case BALANCED -> {
                graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
                graph.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
            }
            case NETWORK_SIMPLEX -> graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
            case LINEAR_SEGMENTS -> graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.LINEAR_SEGMENTS);
        }
    }

    private static ElkPort port(Map<String, ElkPort> ports, ElkNode node, String style, PortSide side) {
        return ports.computeIfAbsent(node.getIdentifier() + "|" + style + "|" + side, k -> {
            ElkPort p = ElkGraphUtil.createPort(node);
            p.setDimensions(0, 0);
            p.setProperty(CoreOptions.PORT_SIDE, side);
            return p;
        });
    }

    /** The box's text wrapped to its width, and the box's size (at the origin; ELK places it). */
    private Box wrap(ChartNode n) {
        double width = n.kind() == NodeKind.BOARD || n.kind() == NodeKind.NHS_ENGLAND ? WIDE_NODE_WIDTH : NODE_WIDTH;
        double inner = width - 2 * PAD_X;
        List<String> title = measure.wrap(n.title(), TITLE_SIZE, true, inner);
        List<String> subtitle = n.subtitle() == null ? List.of() : measure.wrap(n.subtitle(), TEXT_SIZE, false, inner);
        List<String> functions = n.functions() == null ? List.of() : measure.wrap(n.functions(), TEXT_SIZE, false, inner);
        double widest = 0;
        for (List<String> block : List.of(title, subtitle, functions)) {
            for (String s : block) {
                widest = Math.max(widest, measure.width(s, block == title ? TITLE_SIZE : TEXT_SIZE, block == title));
            }
        }
        width = Math.max(width, widest + 2 * PAD_X); // a single very long word widens its box rather than overflowing it
        double text = title.size() * TITLE_SIZE * LINE_HEIGHT
                + (subtitle.size() + functions.size()) * TEXT_SIZE * LINE_HEIGHT + (functions.isEmpty() ? 0 : TEXT_SIZE * 0.4);
        return new Box(n, 0, 0, width, text + 2 * PAD_Y, title, subtitle, functions, text);
    }

    /** Width and height of a line label, set on two lines if long. */
    private double[] labelSize(String text) {
        List<String> lines = labelLines(text);
        double w = lines.stream().mapToDouble(s -> measure.width(s, TEXT_SIZE, false)).max().orElse(0);
        return new double[] {w, lines.size() * TEXT_SIZE * LINE_HEIGHT};
    }

    private List<String> labelLines(String text) {
        return text == null ? List.of() : measure.wrap(text, TEXT_SIZE, false, measure.width(text, TEXT_SIZE, false) / 2 + TEXT_SIZE);
    }

    private static Line line(ChartEdge e, ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection s : edge.getSections()) {
            points.add(new Point(s.getStartX(), s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) {
                points.add(new Point(b.getX(), b.getY()));
            }
            points.add(new Point(s.getEndX(), s.getEndY()));
        }
        // The path runs the way ELK routed it (from the upper body), so dotted lines that share a
        // port start their dash pattern at the same point and overlap cleanly; the arrowhead goes
        // at whichever end the relationship points to.
        boolean reversed = !ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)).getIdentifier().equals(e.from());
        boolean mutual = e.kind() == ChartEdge.Kind.MUTUAL;
        return new Line(e, points, reversed || mutual, !reversed || mutual, null);
    }

    /** The straight line between two boxes ELK placed side by side, with its label above it in the gap ELK left for it. */
    private Line besideLine(ChartEdge e, Box a, Box b, ElkNode gap) {
        Box left = a.x() <= b.x() ? a : b;
        Box right = left == a ? b : a;
        double top = Math.max(left.y(), right.y());
        double bottom = Math.min(left.bottom(), right.bottom());
        double y = bottom > top ? (top + bottom) / 2 : (left.y() + left.bottom()) / 2;
        List<Point> points = List.of(new Point(left.right(), y), new Point(right.x(), y));
        double[] size = labelSize(e.label());
        Label label = new Label(labelLines(e.label()), gap.getX() + (gap.getWidth() - size[0]) / 2, y - size[1] - 4, size[0], size[1]);
        boolean towardsRight = left == a;
        boolean mutual = e.kind() == ChartEdge.Kind.MUTUAL;
        return new Line(e, points, mutual || !towardsRight, mutual || towardsRight, label);
    }
}
