package org.icsdocs.core.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.model.Span;

/**
 * INI: what a new project (ics:init) left for its governance team to fill in. Every value or
 * Markdown line that starts with {@link #MARKER} is advice at its file and line, so the first
 * validation of a new project is its to-do list. A format rule, not a legal one: it cites no act.
 */
public final class PlaceholderRules implements RuleFamily {

    /** How a placeholder value starts, in YAML values and in Markdown prose and papers. */
    public static final String MARKER = "To complete: ";

    /** Prose files larger than this are not read for placeholders (STR-002 reports them anyway). */
    private static final long MAX_PROSE_BYTES = 1 << 20;

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.INI_001);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        ModelWalker.walk(in.definition(), (ancestors, owner, span, component, value) -> {
            String subject = subject(owner);
            if (value instanceof String text) {
                placeholder(text, span.of(component.getName()), subject, out);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof String text) {
                        placeholder(text, span.of(component.getName()), subject, out);
                    }
                }
            } else if (value instanceof FileRef file && file.declared().endsWith(".md")) {
                prose(file, span, component.getName(), subject, out);
            }
        });
    }

    private static void placeholder(String text, Location where, String subject, Findings out) {
        int at = text.indexOf(MARKER);
        if (at >= 0) {
            out.report(Rule.INI_001, where, subject, "complete: " + text.substring(at + MARKER.length()).strip(),
                    "Replace the value starting '" + MARKER.strip() + "' with the real one.");
        }
    }

    /** Each line of a Markdown file that still holds a placeholder, at that line of that file. */
    private static void prose(FileRef file, Span span, String field, String subject, Findings out) {
        Path path = file.resolved();
        List<String> lines;
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_PROSE_BYTES) {
                return;
            }
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return; // STR-002 reports a file that cannot be read
        }
        String yamlFile = span.of(field).file();
        int slash = yamlFile.lastIndexOf('/');
        String shown = Path.of(slash < 0 ? file.declared() : yamlFile.substring(0, slash + 1) + file.declared()).normalize().toString()
                .replace('\\', '/');
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(MARKER);
            if (column >= 0) {
                placeholder(lines.get(i), new Location(shown, i + 1, column + 1), subject, out);
            }
        }
    }

    /** The id of the record a placeholder sits in, so a justification could name it. */
    private static String subject(Object owner) {
        for (var c : owner.getClass().getRecordComponents()) {
            if (c.getName().equals("id") && c.getType() == String.class) {
                try {
                    return (String) c.getAccessor().invoke(owner);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
