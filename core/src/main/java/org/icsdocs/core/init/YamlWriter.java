package org.icsdocs.core.init;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes definition files as block-style YAML, the way the example is written by hand: keys in
 * the order they were put, short lists of ids in flow style, long text folded. Values are strings,
 * numbers, booleans, dates, times, {@link Node} maps and lists; nulls are left out, so optional
 * keys can be set unconditionally. Used by {@code ics:init}'s skeleton and the bench's workload.
 */
public final class YamlWriter {

    private static final int WIDTH = 100;
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "~", "yes", "no", "on", "off", "y", "n");
    /** A plain scalar that no YAML 1.1 or 1.2 reader takes for anything but a string. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z£(][^\\n\\t\"]*");

    private YamlWriter() {
    }

    /** An ordered mapping. */
    public static final class Node {
        private final Map<String, Object> entries = new LinkedHashMap<>();

        public Node put(String key, Object value) {
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                entries.put(key, value);
            }
            return this;
        }

        public Node putIf(boolean condition, String key, Object value) {
            return condition ? put(key, value) : this;
        }

        /** Copies this mapping's entries, in order, to the end of another. */
        public void entriesInto(Node target) {
            entries.forEach(target.entries::put);
        }
    }

    public static Node node() {
        return new Node();
    }

    /** A whole file: the comment lines (each prefixed with "# "), a blank line, then one top-level mapping. */
    public static String document(List<String> comment, Node root) {
        StringBuilder out = new StringBuilder();
        for (String line : comment) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        if (!comment.isEmpty()) {
            out.append('\n');
        }
        writeMap(root, 0, out);
        return out.toString();
    }

    private static void writeMap(Node node, int indent, StringBuilder out) {
        for (Map.Entry<String, Object> e : node.entries.entrySet()) {
            out.append(" ".repeat(indent));
            writeEntry(e.getKey(), e.getValue(), indent, out);
        }
    }

    private static void writeEntry(String key, Object value, int indent, StringBuilder out) {
        out.append(key).append(':');
        if (value instanceof Node n) {
            out.append('\n');
            writeMap(n, indent + 2, out);
        } else if (value instanceof List<?> list) {
            writeList(list, indent, out);
        } else if (value instanceof String s && folds(s, indent)) {
            out.append(" >-\n");
            for (String line : wrap(s, WIDTH - indent - 2)) {
                out.append(" ".repeat(indent + 2)).append(line).append('\n');
            }
        } else {
            out.append(' ').append(scalar(value, false)).append('\n');
        }
    }

    private static void writeList(List<?> list, int indent, StringBuilder out) {
        if (list.isEmpty()) {
            out.append(" []\n");
            return;
        }
        if (flowable(list, indent)) {
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(scalar(o, true));
            }
            out.append(" [").append(String.join(", ", items)).append("]\n");
            return;
        }
        out.append('\n');
        for (Object item : list) {
            out.append(" ".repeat(indent + 2)).append("- ");
            if (item instanceof Node n) {
                boolean first = true;
                for (Map.Entry<String, Object> e : n.entries.entrySet()) {
                    if (!first) {
                        out.append(" ".repeat(indent + 4));
                    }
                    first = false;
                    writeEntry(e.getKey(), e.getValue(), indent + 4, out);
                }
            } else if (item instanceof String s && folds(s, indent + 2)) {
                out.append(">-\n");
                for (String line : wrap(s, WIDTH - indent - 4)) {
                    out.append(" ".repeat(indent + 4)).append(line).append('\n');
                }
            } else {
                out.append(scalar(item, false)).append('\n');
            }
        }
    }

    /** Short lists of simple values go on one line, as ids are written in the example: [a, b, c]. */
    private static boolean flowable(List<?> list, int indent) {
        int length = indent + 4;
        for (Object o : list) {
            if (o instanceof Node || o instanceof List<?>) {
                return false;
            }
            String s = scalar(o, true);
            if (s.startsWith("\"") && o instanceof String text && text.length() > 30) {
                return false;
            }
            length += s.length() + 2;
        }
        return length <= WIDTH;
    }

    private static boolean folds(String s, int indent) {
        return s.length() + indent > WIDTH - 10 && !s.contains("\n") && !s.startsWith(" ") && !s.endsWith(" ") && !s.contains("  ");
    }

    public static String scalar(Object value, boolean flow) {
        if (value instanceof String s) {
            return plain(s, flow) ? s : quoted(s);
        }
        if (value instanceof LocalTime t) {
            return "\"" + t + "\"";
        }
        if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as YAML");
    }

    private static boolean plain(String s, boolean flow) {
        if (!PLAIN.matcher(s).matches() || s.endsWith(" ") || s.endsWith(":") || s.contains(": ") || s.contains(" #")
                || RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !flow || s.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0);
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Splits text at spaces into lines of at most {@code width} characters (a longer word gets a line of its own). */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
