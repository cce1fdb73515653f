package org.icsdocs.core.render.decisionmap;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The chart's title and description: the short text a screen reader announces for the image,
 * summing up the structure and pointing to the table that gives it in full.
 */
final class ChartText {

    private ChartText() {
    }

    static String title(String icbName) {
        return "Structure chart of " + icbName + ": who takes which decisions";
    }

    static String description(StructureChart chart) {
        StringBuilder s = new StringBuilder();
        ChartNode board = chart.nodes().stream().filter(n -> n.kind() == NodeKind.BOARD).findFirst().orElse(null);
        String boardName = board == null ? "the board" : board.title();
        chart.nodes().stream().filter(n -> n.kind() == NodeKind.NHS_ENGLAND).findFirst().ifPresent(nhse -> {
            s.append(nhse.title()).append(" is at the top");
            if (nhse.functions() != null) {
                s.append(" and delegates functions ").append(nhse.functions().replaceFirst("^Delegates ", "")).append(" to ").append(boardName);
            }
            s.append(". ");
        });
        if (board != null) {
            s.append(boardName).append(" is below it").append(board.functions() == null ? "" : " and reserves " + board.functions().replaceFirst("^Reserves ", ""))
                    .append(". ");
        }
        chart.nodes().stream().filter(n -> n.kind() == NodeKind.ICP).findFirst()
                .ifPresent(icp -> s.append(icp.title()).append(" sits beside the board, linked to it by the integrated care strategy. "));
        List<String> parts = new java.util.ArrayList<>();
        for (NodeKind kind : List.of(NodeKind.COMMITTEE, NodeKind.JOINT_COMMITTEE, NodeKind.SUB_COMMITTEE, NodeKind.PLACE,
                NodeKind.COLLABORATIVE, NodeKind.ORGANISATION)) {
            List<ChartNode> of = chart.nodes().stream().filter(n -> n.kind() == kind).toList();
            if (!of.isEmpty()) {
                parts.add(count(of.size(), kind) + " (" + of.stream().map(ChartNode::title).collect(Collectors.joining(", ")) + ")");
            }
        }
        if (!parts.isEmpty()) {
            s.append("Below the board are ").append(join(parts)).append(". ");
        }
        s.append("Solid lines show functions delegated; dotted lines show reporting and assurance. ")
                .append("The table of functions and decisions that follows the chart gives the same information in full.");
        return s.toString();
    }

    private static String count(int n, NodeKind kind) {
        String noun = switch (kind) {
            case COMMITTEE -> n == 1 ? "committee" : "committees";
            case JOINT_COMMITTEE -> n == 1 ? "joint committee" : "joint committees";
            case SUB_COMMITTEE -> n == 1 ? "sub-committee" : "sub-committees";
            case PLACE -> n == 1 ? "place-based partnership" : "place-based partnerships";
            case COLLABORATIVE -> n == 1 ? "provider collaborative" : "provider collaboratives";
            default -> n == 1 ? "other organisation" : "other organisations";
        };
        return n + " " + noun;
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join("; ", parts.subList(0, parts.size() - 1)) + "; and " + parts.get(parts.size() - 1);
    }
}
