package org.icsdocs.core.render.amendment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the clauses of an approved version with the current ones. Entries are aligned by a
 * longest common subsequence of identical text, so renumbering alone is not a change; an entry
 * deleted and one inserted at the same place that share most of their words are one amended
 * entry, compared word by word.
 */
public final class ClauseDiff {

    public enum Type { UNCHANGED, INSERTED, DELETED, AMENDED }

    /** A run of words: kept, inserted or deleted. */
    public record Piece(Type type, String text) {
    }

    /** One entry of the redline. {@code before} is null for an insertion, {@code after} for a deletion. */
    public record Change(Type type, ClauseEntry before, ClauseEntry after, List<Piece> pieces) {

        public ClauseEntry current() {
            return after != null ? after : before;
        }
    }

    /** Share of words two versions of an entry must have in common to be read as one entry amended. */
    private static final double AMENDED_SIMILARITY = 0.5;
    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    public List<Change> compare(List<ClauseEntry> before, List<ClauseEntry> after) {
        List<int[]> ops = align(before.size(), after.size(), (i, j) -> before.get(i).sameAs(after.get(j)));
        List<Change> out = new ArrayList<>();
        int k = 0;
        while (k < ops.size()) {
            int[] op = ops.get(k);
            if (op[0] >= 0 && op[1] >= 0) {
                ClauseEntry a = after.get(op[1]);
                out.add(new Change(Type.UNCHANGED, before.get(op[0]), a, List.of(new Piece(Type.UNCHANGED, a.text()))));
                k++;
                continue;
            }
            int end = k;
            while (end < ops.size() && (ops.get(end)[0] < 0 || ops.get(end)[1] < 0)) {
                end++;
            }
            gap(ops.subList(k, end), before, after, out);
            k = end;
        }
        return out;
    }

    /** A run of deletions and insertions between two unchanged entries. */
    private void gap(List<int[]> run, List<ClauseEntry> before, List<ClauseEntry> after, List<Change> out) {
        List<Integer> deleted = run.stream().filter(o -> o[1] < 0).map(o -> o[0]).toList();
        List<Integer> inserted = run.stream().filter(o -> o[0] < 0).map(o -> o[1]).toList();
        Integer[] partner = new Integer[inserted.size()];
        Set<Integer> paired = new HashSet<>();
        int from = 0;
        for (int d : deleted) {
            for (int x = from; x < inserted.size(); x++) {
                ClauseEntry a = before.get(d);
                ClauseEntry b = after.get(inserted.get(x));
                if (a.kind().equals(b.kind()) && similarity(a.text(), b.text()) >= AMENDED_SIMILARITY) {
                    partner[x] = d;
                    paired.add(d);
                    from = x + 1;
                    break;
                }
            }
        }
        int nextDeleted = 0;
        for (int x = 0; x < inserted.size(); x++) {
            if (partner[x] != null) {
                while (nextDeleted < deleted.size() && deleted.get(nextDeleted) < partner[x]) {
                    emitDeleted(deleted.get(nextDeleted++), paired, before, out);
                }
                nextDeleted++; // the partner itself
                ClauseEntry a = before.get(partner[x]);
                ClauseEntry b = after.get(inserted.get(x));
                out.add(new Change(Type.AMENDED, a, b, words(a.text(), b.text())));
            } else {
                // deletions read before the insertions that replace them, up to the next amended entry
                int limit = Integer.MAX_VALUE;
                for (int y = x + 1; y < inserted.size(); y++) {
                    if (partner[y] != null) {
                        limit = partner[y];
                        break;
                    }
                }
                while (nextDeleted < deleted.size() && deleted.get(nextDeleted) < limit) {
                    emitDeleted(deleted.get(nextDeleted++), paired, before, out);
                }
                ClauseEntry b = after.get(inserted.get(x));
                out.add(new Change(Type.INSERTED, null, b, List.of(new Piece(Type.INSERTED, b.text()))));
            }
        }
        while (nextDeleted < deleted.size()) {
            emitDeleted(deleted.get(nextDeleted++), paired, before, out);
        }
    }

    private static void emitDeleted(int d, Set<Integer> paired, List<ClauseEntry> before, List<Change> out) {
        if (!paired.contains(d)) {
            ClauseEntry a = before.get(d);
            out.add(new Change(Type.DELETED, a, null, List.of(new Piece(Type.DELETED, a.text()))));
        }
    }

    /** Word by word: the runs of words kept, deleted and inserted, deletions before insertions at a place. */
    static List<Piece> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<int[]> ops = align(a.size(), b.size(), (i, j) -> a.get(i).strip().equals(b.get(j).strip()));
        List<Piece> out = new ArrayList<>();
        for (int[] op : ops) {
            Type t = op[0] >= 0 && op[1] >= 0 ? Type.UNCHANGED : op[0] >= 0 ? Type.DELETED : Type.INSERTED;
            String text = t == Type.DELETED ? a.get(op[0]) : b.get(op[1]);
            if (!out.isEmpty() && out.get(out.size() - 1).type() == t) {
                out.set(out.size() - 1, new Piece(t, out.get(out.size() - 1).text() + text));
            } else {
                out.add(new Piece(t, text));
            }
        }
        return out;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double similarity(String a, String b) {
        List<String> x = tokens(a).stream().map(String::strip).toList();
        List<String> y = tokens(b).stream().map(String::strip).toList();
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = (int) align(x.size(), y.size(), (i, j) -> x.get(i).equals(y.get(j))).stream().filter(o -> o[0] >= 0 && o[1] >= 0).count();
        return 2.0 * common / (x.size() + y.size());
    }

    /**
     * A longest common subsequence, as operations in order: {i, j} kept, {i, -1} deleted, {-1, j}
     * inserted; where both happen at one place, the deletions come first.
     */
    private static List<int[]> align(int n, int m, BiPredicate<Integer, Integer> same) {
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same.test(i, j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same.test(i, j)) {
                ops.add(new int[] {i++, j++});
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new int[] {i++, -1});
            } else {
                ops.add(new int[] {-1, j++});
            }
        }
        return ops;
    }
}
