package org.icsdocs.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.icsdocs.core.load.DefinitionLoader;
import org.icsdocs.core.load.LoadResult;
import org.icsdocs.core.validate.ValidationContext;
import org.icsdocs.core.validate.ValidationReport;
import org.icsdocs.core.validate.Validator;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A copy of a test definition in a temporary folder that a test can break one thing in, then
 * validate. Paths name a value across the definition's files: {@code board.members[person=ceo].role},
 * {@code committees[id=audit]}, {@code places[0].governance.model}.
 */
public final class DefinitionFixture {

    /** Every test judges "now" by the same day, so stale-declaration rules do not drift. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private final Path root;

    private DefinitionFixture(Path root) {
        this.root = root;
    }

    /**
     * The synthetic Northshire and Riverton system: small, and valid against every rule. Each call
     * makes a fresh copy, so one test can compare a broken variant with a good one.
     */
    public static DefinitionFixture northshire(Path tempDir) {
        Path target = tempDir.resolve("northshire");
        for (int n = 2; Files.exists(target); n++) {
            target = tempDir.resolve("northshire-" + n);
        }
        return copyOf(resource("fixtures/northshire"), target);
    }

    public static DefinitionFixture copyOf(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DefinitionFixture(target);
    }

    static Path resource(String name) {
        try {
            return Paths.get(DefinitionFixture.class.getClassLoader().getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    public Path root() {
        return root;
    }

    /** Sets the value at {@code path}, creating the last key if needed. */
    public DefinitionFixture set(String path, Object value) {
        edit(path, (parent, key) -> put(parent, key, value));
        return this;
    }

    /** Removes the key or list entry at {@code path}. */
    public DefinitionFixture remove(String path) {
        edit(path, (parent, key) -> {
            if (parent instanceof Map<?, ?> map) {
                map.remove(key);
            } else {
                ((List<?>) parent).remove((int) (Integer) key);
            }
        });
        return this;
    }

    /** Appends {@code value} to the list at {@code path}. */
    @SuppressWarnings("unchecked")
    public DefinitionFixture add(String path, Object value) {
        edit(path, (parent, key) -> {
            Object list = parent instanceof Map<?, ?> map ? map.get(key) : ((List<?>) parent).get((Integer) key);
            ((List<Object>) list).add(value);
        });
        return this;
    }

    /** Writes a file of the definition (YAML or paper) as raw text. */
    public DefinitionFixture write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public DefinitionFixture delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public LoadResult load() {
        return new DefinitionLoader().load(root, root);
    }

    /** Loads and validates as at the fixed test date; fails the test if the definition does not load cleanly. */
    public Outcome validate() {
        return validate(AS_OF);
    }

    /** Loads and validates as at {@code asOf}, for rules that begin or end on a date. */
    public Outcome validate(LocalDate asOf) {
        return validate(asOf, java.util.Optional.empty());
    }

    /** Loads and validates as at {@code asOf}, assuming the scenario's bill commenced. */
    public Outcome validate(LocalDate asOf, java.util.Optional<org.icsdocs.core.diagnostic.Scenario> scenario) {
        LoadResult loaded = load();
        if (loaded.hasErrors() || loaded.definition().isEmpty()) {
            throw new AssertionError("the fixture did not load: " + loaded.diagnostics());
        }
        ValidationReport report = Validator.standard().validate(loaded.definition().get(), new ValidationContext(asOf, root, scenario));
        return new Outcome(loaded, report);
    }

    // ------------------------------------------------------------------------------------------

    private interface Edit {
        void apply(Object parent, Object key);
    }

    private void edit(String path, Edit edit) {
        List<Object> segments = parse(path);
        // Prefer the file where the whole path exists: top-level lists such as 'people' may be
        // spread over several files, and only one of them holds the entry named.
        for (boolean mustExist : new boolean[] {true, false}) {
            for (Path file : yamlFiles()) {
                Object tree = read(file);
                Object parent = navigate(tree, segments.subList(0, segments.size() - 1));
                Object last = segments.get(segments.size() - 1);
                Object key = parent == null ? null : keyIn(parent, last);
                if (key != null && (!mustExist || exists(parent, key))) {
                    edit.apply(parent, key);
                    writeYaml(file, tree);
                    return;
                }
            }
        }
        throw new AssertionError("no file of the fixture has " + path);
    }

    private static boolean exists(Object parent, Object key) {
        return parent instanceof Map<?, ?> map ? map.containsKey(key) : true;
    }

    private List<Path> yamlFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments are keys (String), indexes (Integer) or selectors (String[]{field, value}). */
    private static List<Object> parse(String path) {
        List<Object> out = new ArrayList<>();
        for (String part : path.split("\\.(?![^\\[]*\\])")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                out.add(part);
                continue;
            }
            if (bracket > 0) {
                out.add(part.substring(0, bracket));
            }
            String inside = part.substring(bracket + 1, part.length() - 1);
            if (inside.contains("=")) {
                out.add(inside.split("=", 2));
            } else {
                out.add(Integer.valueOf(inside));
            }
        }
        return out;
    }

    private static Object navigate(Object node, List<Object> segments) {
        Object current = node;
        for (Object s : segments) {
            if (current == null) {
                return null;
            }
            Object key = keyIn(current, s);
            if (key == null) {
                return null;
            }
            current = current instanceof Map<?, ?> m ? m.get(key) : ((List<?>) current).get((Integer) key);
        }
        return current;
    }

    /** The map key or list index a segment means in this node, or null if it does not apply. */
    private static Object keyIn(Object node, Object segment) {
        if (node instanceof Map<?, ?> && segment instanceof String key) {
            return key;
        }
        if (node instanceof List<?> list) {
            if (segment instanceof Integer i) {
                return i < list.size() ? i : null;
            }
            if (segment instanceof String[] sel) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> m && sel[1].equals(String.valueOf(m.get(sel[0])))) {
                        return i;
                    }
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void put(Object parent, Object key, Object value) {
        if (parent instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(key, value);
        } else {
            ((List<Object>) parent).set((Integer) key, value);
        }
    }

    private static Object read(Path file) {
        try {
            Object tree = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
            return tree == null ? new LinkedHashMap<>() : tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeYaml(Path file, Object tree) {
        String text = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(tree);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
