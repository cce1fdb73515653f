package org.icsdocs.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.work.Workers;
import org.icsdocs.core.model.Span;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a definition folder: every {@code .yaml}/{@code .yml} file below it, in path order so
 * that results never depend on the file system, each a fragment of {@link Definition}. Lists
 * from all fragments are concatenated; a single section (ics, board, icp…) must come from one file.
 */
public final class DefinitionLoader {

    static final int MAX_FILES = 10_000;

    private final YamlReader reader = new YamlReader();

    /**
     * @param root        the definition folder, e.g. {@code src/main/ics}
     * @param displayBase paths in messages are shown relative to this (usually the project folder)
     */
    public LoadResult load(Path root, Path displayBase) {
        List<Diagnostic> out = new ArrayList<>();
        Path base = displayBase.toAbsolutePath().normalize();
        Path folder = root.toAbsolutePath().normalize();
        String folderName = display(base, folder);
        if (!Files.isDirectory(folder)) {
            out.add(new Diagnostic(Rule.DEF_005, Location.ofFile(folderName), "The definition folder does not exist",
                    "Create it and put the ICS definition's YAML files in it, or point ics.definitionDirectory at the right folder.", null));
            return new LoadResult(Optional.empty(), out, List.of());
        }
        List<SourceFile> files = find(folder, base);
        if (files.isEmpty()) {
            out.add(new Diagnostic(Rule.DEF_005, Location.ofFile(folderName), "The definition folder holds no .yaml files",
                    "Start from the example's src/main/ics folder.", null));
            return new LoadResult(Optional.empty(), out, files);
        }
        if (files.size() > MAX_FILES) {
            out.add(new Diagnostic(Rule.DEF_005, Location.ofFile(folderName), "The definition folder holds " + files.size()
                    + " YAML files; at most " + MAX_FILES + " are read", "Remove files that are not part of the definition.", null));
            return new LoadResult(Optional.empty(), out, files);
        }
        List<Definition> fragments = new ArrayList<>();
        Set<String> sectionsWritten = new HashSet<>();
        // Each file is read and bound alone (a national workload has thousands); merged in the files' order.
        for (FileRead read : Workers.inOrder(files, file -> read(folder, file))) {
            out.addAll(read.diagnostics());
            sectionsWritten.addAll(read.sections());
            read.fragment().ifPresent(fragments::add);
        }
        Definition merged = merge(fragments, folderName, sectionsWritten, out);
        out.sort(Diagnostic.ORDER);
        return new LoadResult(Optional.ofNullable(merged), out, files);
    }

    /** What one file gave: its part of the definition, the top-level sections it writes, and its problems. */
    private record FileRead(Optional<Definition> fragment, Set<String> sections, List<Diagnostic> diagnostics) {
    }

    private FileRead read(Path folder, SourceFile file) {
        List<Diagnostic> out = new ArrayList<>();
        if (linksOutside(folder, file, out)) {
            return new FileRead(Optional.empty(), Set.of(), out);
        }
        Optional<Node> node = reader.read(file, out);
        if (node.isEmpty()) {
            return new FileRead(Optional.empty(), Set.of(), out);
        }
        Definition fragment = new RecordBinder(file, out).bindRecord(node.get(), Definition.class);
        return new FileRead(Optional.ofNullable(fragment), Set.copyOf(topLevelKeys(node.get())), out);
    }

    private static List<SourceFile> find(Path folder, Path base) {
        try (Stream<Path> walk = Files.walk(folder, 32, new FileVisitOption[0])) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".");
                    })
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .map(p -> new SourceFile(p, display(base, p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A link to a file elsewhere would publish whatever it points at; the definition stays in its folder. */
    private static boolean linksOutside(Path folder, SourceFile file, List<Diagnostic> out) {
        try {
            Path real = file.path().toRealPath();
            if (real.startsWith(folder.toRealPath())) {
                return false;
            }
        } catch (IOException e) {
            return false; // the reader reports a file it cannot read
        }
        out.add(new Diagnostic(Rule.DEF_001, Location.ofFile(file.displayName()),
                "The file is a link to a file outside the definition folder, so it is not read",
                "Copy the file into the definition folder instead of linking to it.", null));
        return true;
    }

    static String display(Path base, Path file) {
        Path p = file.toAbsolutePath().normalize();
        String shown = p.startsWith(base) ? base.relativize(p).toString() : p.toString();
        return shown.isEmpty() ? "." : shown.replace('\\', '/');
    }

    /** Concatenates lists; takes single sections from the one fragment that has them. */
    private static Definition merge(List<Definition> fragments, String folderName, Set<String> written, List<Diagnostic> out) {
        RecordComponent[] components = Definition.class.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            boolean isList = c.getType() == List.class;
            List<Object> all = new ArrayList<>();
            Object single = null;
            for (Definition f : fragments) {
                Object v = get(c, f);
                if (v == null) {
                    continue;
                }
                if (isList) {
                    all.addAll((List<?>) v);
                } else if (single == null) {
                    single = v;
                } else {
                    Location first = spanOf(single).at();
                    out.add(new Diagnostic(Rule.DEF_003, spanOf(v).at(),
                            "'" + Names.kebab(c.getName()) + "' is already defined in " + first,
                            "Define each single section in one file; merge the two.", null));
                }
            }
            args[i] = isList ? all : single;
        }
        // A section that was written but failed to bind has been reported already; only a truly absent one is news.
        requireSection("ics", written, folderName, out);
        requireSection("board", written, folderName, out);
        try {
            return (Definition) Definition.class.getDeclaredConstructors()[0].newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot assemble the definition", e);
        }
    }

    private static void requireSection(String name, Set<String> written, String folderName, List<Diagnostic> out) {
        if (!written.contains(name)) {
            out.add(new Diagnostic(Rule.DEF_004, Location.ofFile(folderName), "No file defines the '" + name + "' section",
                    "Add a file (e.g. " + name + ".yaml) with a top-level '" + name + ":' section.", null));
        }
    }

    private static Set<String> topLevelKeys(Node node) {
        Set<String> keys = new HashSet<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s) {
                    keys.add(s.getValue());
                }
            }
        }
        return keys;
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Span spanOf(Object record) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getType() == Span.class) {
                Span s = (Span) get(c, record);
                return s == null ? Span.NONE : s;
            }
        }
        return Span.NONE;
    }
}
