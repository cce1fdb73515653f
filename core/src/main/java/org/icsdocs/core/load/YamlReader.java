package org.icsdocs.core.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one definition file into a YAML node tree, or says exactly why it cannot: too large,
 * not UTF-8, not YAML, more than one document, nested beyond reason.
 */
final class YamlReader {

    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    private static final int MAX_ALIASES = 50;

    Optional<Node> read(SourceFile source, List<Diagnostic> out) {
        String name = source.displayName();
        byte[] bytes;
        try {
            long size = Files.size(source.path());
            if (size > MAX_FILE_BYTES) {
                out.add(new Diagnostic(Rule.DEF_001, Location.ofFile(name),
                        "The file is " + megabytes(size) + "; a definition file may be at most " + megabytes(MAX_FILE_BYTES),
                        "Split it into several files, or move long prose into Markdown files that the definition names.", null));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(source.path());
        } catch (IOException e) {
            out.add(new Diagnostic(Rule.DEF_001, Location.ofFile(name), "The file cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), "Check that it exists and is readable.", null));
            return Optional.empty();
        }
        Optional<String> text = decode(bytes, name, out);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return compose(text.get(), name, out);
    }

    private static Optional<String> decode(byte[] bytes, String name, List<Diagnostic> out) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, chars, true);
        if (result.isError()) {
            int bad = in.position();
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            out.add(new Diagnostic(Rule.DEF_001, new Location(name, line, column),
                    String.format("The file is not valid UTF-8: byte 0x%02X cannot start or continue a character", bytes[bad] & 0xff),
                    "Save the file as UTF-8 (in Word or Excel exports, choose 'UTF-8' as the encoding).", null));
            return Optional.empty();
        }
        chars.flip();
        String text = chars.toString();
        // A byte order mark is legal in UTF-8 files saved by Windows editors; YAML need not see it.
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static Optional<Node> compose(String text, String name, List<Diagnostic> out) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(name)
                .setAllowDuplicateKeys(true) // the binder reports duplicates with both places, which the parser cannot
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit((int) MAX_FILE_BYTES)
                .setUseMarks(true)
                .build();
        try {
            Iterator<Node> documents = new Compose(settings).composeAllFromReader(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                out.add(new Diagnostic(Rule.DEF_001, Location.ofFile(name), "The file is empty",
                        "Add a section such as 'committees:', or delete the file.", null));
                return Optional.empty();
            }
            Node first = documents.next();
            if (documents.hasNext()) {
                Node second = documents.next();
                Location at = second.getStartMark().map(m -> at(name, m)).orElse(Location.ofFile(name));
                out.add(new Diagnostic(Rule.DEF_001, at, "The file holds more than one YAML document",
                        "Remove the '---' separator and put the second document in a file of its own.", null));
                return Optional.empty();
            }
            Optional<Node> tooDeep = deeperThan(first, RecordBinder.MAX_DEPTH);
            if (tooDeep.isPresent()) {
                Location at = tooDeep.get().getStartMark().map(m -> at(name, m)).orElse(Location.ofFile(name));
                out.add(new Diagnostic(Rule.DEF_001, at, "The file is nested more than " + RecordBinder.MAX_DEPTH + " levels deep",
                        "Flatten the structure; no part of the format needs this depth.", null));
                return Optional.empty();
            }
            return Optional.of(first);
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark().or(e::getContextMark).map(m -> at(name, m)).orElse(Location.ofFile(name));
            out.add(new Diagnostic(Rule.DEF_001, at, "The file is not valid YAML: " + plain(e), hintFor(e), null));
        } catch (YamlEngineException e) {
            Location at = firstUnprintable(text, name).orElse(Location.ofFile(name));
            out.add(new Diagnostic(Rule.DEF_001, at, "The file is not valid YAML: " + firstLine(e.getMessage()),
                    at.line() > 0 ? "Delete the invisible control character at this position (often pasted from another program)."
                            : "Check the file's indentation and quoting.", null));
        } catch (IllegalArgumentException e) {
            // the reader rejects some malformed tags (e.g. "!%A") with a bare IllegalArgumentException and no position
            Location at = first(text, name, c -> c == '!').orElse(Location.ofFile(name));
            out.add(new Diagnostic(Rule.DEF_001, at, "The file is not valid YAML: " + firstLine(e.getMessage()),
                    "Remove the '!' tag here: the definition format uses no YAML tags.", null));
        } catch (StackOverflowError e) {
            out.add(new Diagnostic(Rule.DEF_001, Location.ofFile(name), "The file is nested too deeply to read",
                    "Flatten the structure; no part of the format needs this depth.", null));
        }
        return Optional.empty();
    }

    /**
     * The reader reports control characters such as NUL without a position; a secretary needs the
     * line and column to find an invisible character.
     */
    private static Optional<Location> firstUnprintable(String text, String name) {
        return first(text, name, c -> !(c == '\t' || c == '\r' || c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F && c != 0x85)
                && c != 0xFFFE && c != 0xFFFF));
    }

    /** Where the first character that matches stands, as line and column. */
    private static Optional<Location> first(String text, String name, java.util.function.IntPredicate matches) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (matches.test(c)) {
                return Optional.of(new Location(name, line, column));
            }
            column++;
        }
        return Optional.empty();
    }

    /**
     * The first node nested deeper than {@code limit}, found without recursion: whether a hostile
     * file is refused must not depend on the size of the stack of the thread that reads it.
     */
    private static Optional<Node> deeperThan(Node root, int limit) {
        Deque<Map.Entry<Node, Integer>> pending = new ArrayDeque<>();
        // an alias makes the tree a graph: each node is walked again only when reached deeper than before
        Map<Node, Integer> deepest = new IdentityHashMap<>();
        pending.push(Map.entry(root, 0));
        while (!pending.isEmpty()) {
            Map.Entry<Node, Integer> next = pending.pop();
            Node node = next.getKey();
            int depth = next.getValue();
            if (depth > limit) {
                return Optional.of(node);
            }
            Integer seen = deepest.put(node, depth);
            if (seen != null && seen >= depth) {
                deepest.put(node, seen);
                continue;
            }
            if (node instanceof SequenceNode sequence) {
                for (int i = sequence.getValue().size() - 1; i >= 0; i--) {
                    pending.push(Map.entry(sequence.getValue().get(i), depth + 1));
                }
            } else if (node instanceof MappingNode mapping) {
                for (int i = mapping.getValue().size() - 1; i >= 0; i--) {
                    pending.push(Map.entry(mapping.getValue().get(i).getValueNode(), depth + 1));
                    pending.push(Map.entry(mapping.getValue().get(i).getKeyNode(), depth + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static Location at(String name, Mark mark) {
        return new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String plain(MarkedYamlEngineException e) {
        List<String> parts = new ArrayList<>();
        if (e.getContext() != null) {
            parts.add(e.getContext());
        }
        if (e.getProblem() != null) {
            parts.add(e.getProblem());
        }
        return firstLine(String.join(", ", parts));
    }

    private static String hintFor(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("mapping values are not allowed")) {
            return "A value that contains ': ' must be quoted, and keys at one level must line up.";
        }
        if (problem.contains("found character '\\t'") || problem.contains("tab")) {
            return "YAML indents with spaces, not tabs.";
        }
        if (problem.contains("aliases")) {
            return "The file uses too many anchors and aliases; write the values out.";
        }
        return "Check the indentation and quoting around this position.";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
