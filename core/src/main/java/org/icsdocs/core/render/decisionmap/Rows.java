package org.icsdocs.core.render.decisionmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which row (ELK partition) each box goes in. NHS England and the board with the ICP have a row
 * each; the ranks below are split into rows of at most {@code limit} boxes, keeping boxes of one
 * kind together (all committees, then all places, then all collaboratives) and splitting a kind
 * into rows of even length when it alone is too long.
 */
final class Rows {

    private Rows() {
    }

    static Map<String, Integer> partitions(List<ChartNode> nodes, int limit) {
        Map<Integer, List<List<ChartNode>>> byRank = new TreeMap<>();
        for (ChartNode n : nodes) {
            List<List<ChartNode>> segments = byRank.computeIfAbsent(n.kind().rank, r -> new ArrayList<>());
            List<ChartNode> last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last != null && last.get(0).kind() == n.kind()) {
                last.add(n);
            } else {
                List<ChartNode> segment = new ArrayList<>();
                segment.add(n);
                segments.add(segment);
            }
        }
        Map<String, Integer> partition = new LinkedHashMap<>();
        int row = 0;
        for (Map.Entry<Integer, List<List<ChartNode>>> rank : byRank.entrySet()) {
            if (rank.getKey() < 2) {
                for (List<ChartNode> segment : rank.getValue()) {
                    segment.forEach(n -> partition.put(n.id(), rank.getKey()));
                }
                row = rank.getKey() + 1;
                continue;
            }
            int used = 0;
            for (List<ChartNode> segment : rank.getValue()) {
                if (used > 0 && used + segment.size() > limit) {
                    row++;
                    used = 0;
                }
                int rows = (segment.size() + limit - 1) / limit;
                int perRow = (segment.size() + rows - 1) / rows;
                for (int i = 0; i < segment.size(); i++) {
                    if (i > 0 && i % perRow == 0) {
                        row++;
                        used = 0;
                    }
                    partition.put(segment.get(i).id(), row);
                    used++;
                }
            }
            row++;
        }
        return partition;
    }
}
