package org.icsdocs.core.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.model.Labelled;
import org.icsdocs.core.model.LsoaCode;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.Required;
import org.icsdocs.core.model.Span;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Binds a composed YAML node tree to the model's records. It never stops at the first problem:
 * every unknown key, duplicate key, wrong type and missing required key in a file is reported
 * with its line and column, and the value concerned is left out so the rest still binds.
 */
final class RecordBinder {

    /** Deeper than any real definition; stops alias tricks and pathological files from recursing without end. */
    static final int MAX_DEPTH = 48;

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String file;
    private final Path folder;
    private final List<Diagnostic> out;

    RecordBinder(SourceFile source, List<Diagnostic> out) {
        this.file = source.displayName();
        this.folder = source.path().toAbsolutePath().normalize().getParent();
        this.out = out;
    }

    <T> T bindRecord(Node node, Class<T> type) {
        return type.cast(bind(node, type, Names.kebab(type.getSimpleName()), 0));
    }

    private Object bind(Node node, Type type, String what, int depth) {
        if (depth > MAX_DEPTH) {
            report(Rule.DEF_001, node, "the definition is nested more than " + MAX_DEPTH + " levels deep",
                    "Flatten the structure; no part of the format needs this depth.");
            return null;
        }
        if (isNull(node)) {
            return null;
        }
        Class<?> raw = rawClass(type);
        if (raw == List.class) {
            return bindList(node, ((ParameterizedType) type).getActualTypeArguments()[0], what, depth);
        }
        if (raw.isRecord() && raw != Money.class && raw != FileRef.class && raw != LsoaCode.class) {
            return bindRecordNode(node, raw, what, depth);
        }
        if (!(node instanceof ScalarNode scalar)) {
            report(Rule.DEF_004, node, what + " should be " + describe(raw) + ", not " + shape(node),
                    "Write a single value after the colon.");
            return null;
        }
        return bindScalar(scalar, raw, what);
    }

    private List<Object> bindList(Node node, Type element, String what, int depth) {
        if (!(node instanceof SequenceNode seq)) {
            report(Rule.DEF_004, node, what + " should be a list, not " + shape(node),
                    "Write each entry on its own line starting with '- '.");
            return null;
        }
        List<Object> values = new ArrayList<>(seq.getValue().size());
        for (Node item : seq.getValue()) {
            Object v = bind(item, element, what + " entry", depth + 1);
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    private Object bindRecordNode(Node node, Class<?> type, String what, int depth) {
        if (!(node instanceof MappingNode mapping)) {
            report(Rule.DEF_004, node, what + " should be a mapping of keys to values, not " + shape(node),
                    "Write 'key: value' pairs, indented under " + what + ".");
            return null;
        }
        String thing = human(type);
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            if (c.getType() != Span.class) {
                byKey.put(Names.kebab(c.getName()), c);
            }
        }
        Map<String, Object> values = new HashMap<>();
        Map<String, Location> keyLocations = new HashMap<>();
        Map<String, Location> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                report(Rule.DEF_004, keyNode, "a key in this " + thing + " is not plain text", "Keys are simple words such as 'name'.");
                continue;
            }
            String key = keyScalar.getValue();
            Location here = location(keyNode);
            Location first = seen.putIfAbsent(key, here);
            if (first != null) {
                report(Rule.DEF_003, keyNode, "'" + key + "' appears twice in this " + thing + " (first at line " + first.line() + ")",
                        "Keep one '" + key + "' and delete the other.");
                continue;
            }
            RecordComponent component = byKey.get(key);
            if (component == null) {
                String hint = mapping.getFlowStyle() == FlowStyle.FLOW && isNull(tuple.getValueNode())
                        ? "This looks like the rest of a value: inside { } a comma starts a new key, so put the value in quotes."
                        : Names.closest(key, byKey.keySet())
                        .map(k -> "Did you mean '" + k + "'?")
                        .orElse("Known keys here: " + String.join(", ", byKey.keySet()) + ".");
                report(Rule.DEF_002, keyNode, "'" + key + "' is not a key of " + article(thing) + " " + thing, hint);
                continue;
            }
            keyLocations.put(component.getName(), here);
            values.put(component.getName(), bind(tuple.getValueNode(), component.getGenericType(), "'" + key + "'", depth + 1));
        }
        boolean complete = true;
        for (RecordComponent c : components) {
            if (c.isAnnotationPresent(Required.class) && values.get(c.getName()) == null) {
                complete = false;
                if (!keyLocations.containsKey(c.getName())) {
                    report(Rule.DEF_004, node, "this " + thing + " is missing the required key '" + Names.kebab(c.getName()) + "'",
                            "Add '" + Names.kebab(c.getName()) + ":' to it.");
                } else if (isNull(valueNode(mapping, Names.kebab(c.getName())))) {
                    report(Rule.DEF_004, valueNode(mapping, Names.kebab(c.getName())),
                            "'" + Names.kebab(c.getName()) + "' in this " + thing + " is required but empty",
                            "Give '" + Names.kebab(c.getName()) + "' a value.");
                }
            }
        }
        if (!complete) {
            return null;
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object v = values.get(c.getName());
            if (c.getType() == Span.class) {
                v = new Span(location(node), keyLocations);
            } else if (v == null && c.getType() == List.class) {
                v = List.of(); // absent lists read as empty, so no rule ever meets a null list
            }
            args[i] = v;
        }
        return construct(type, components, args);
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("model record " + type.getSimpleName() + " rejected bound values", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("model record " + type.getSimpleName() + " has no canonical constructor", e);
        }
    }

    private Object bindScalar(ScalarNode node, Class<?> type, String what) {
        String text = node.getValue();
        try {
            if (type == String.class) {
                return text;
            }
            if (type == Integer.class || type == int.class) {
                return Integer.valueOf(text.trim());
            }
            if (type == Long.class || type == long.class) {
                return Long.valueOf(text.trim());
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text.trim());
            }
            if (type == Boolean.class || type == boolean.class) {
                return bindBoolean(node, text, what);
            }
            if (type == LocalDate.class) {
                return bindDate(node, text, what);
            }
            if (type == LocalTime.class) {
                return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
            }
            if (type == Money.class) {
                return Money.parse(text);
            }
            if (type == FileRef.class) {
                return new FileRef(text, folder.resolve(text).normalize());
            }
            if (type == LsoaCode.class) {
                return LsoaCode.parse(text);
            }
            if (type.isEnum()) {
                return bindEnum(node, type, text, what);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            report(Rule.DEF_004, node, what + " should be " + describe(type) + ", but is '" + clip(text) + "'", example(type));
            return null;
        } catch (IllegalArgumentException e) {
            report(Rule.DEF_004, node, what + ": " + e.getMessage(), example(type));
            return null;
        }
        throw new IllegalStateException("the model uses a type the loader cannot read: " + type);
    }

    private Object bindBoolean(ScalarNode node, String text, String what) {
        if (node.getTag().equals(Tag.BOOL) || text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        }
        report(Rule.DEF_004, node, what + " should be true or false, but is '" + clip(text) + "'", "Write true or false.");
        return null;
    }

    private Object bindDate(ScalarNode node, String text, String what) {
        String t = text.trim();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeException e) {
            if (DATE_SHAPE.matcher(t).matches()) {
                report(Rule.STR_003, node, what + " '" + t + "' is not a real date", "Check the day and month.");
            } else {
                report(Rule.DEF_004, node, what + " should be a date, but is '" + clip(text) + "'", "Write dates as YYYY-MM-DD, e.g. 2022-07-01.");
            }
            return null;
        }
    }

    private Object bindEnum(ScalarNode node, Class<?> type, String text, String what) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (Object constant : type.getEnumConstants()) {
            byKey.put(((Labelled) constant).key(), constant);
        }
        Object value = byKey.get(text.trim());
        if (value != null) {
            return value;
        }
        String hint = Names.closest(text.trim(), byKey.keySet())
                .map(k -> "Did you mean '" + k + "'?")
                .orElse("Use one of: " + String.join(", ", byKey.keySet()) + ".");
        report(Rule.DEF_004, node, what + " '" + clip(text) + "' is not one of the allowed values", hint);
        return null;
    }

    /** {@code BoardMember} reads "board member" in messages. */
    static String human(Class<?> type) {
        return Names.kebab(Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)).replace('-', ' ');
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static Node valueNode(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return mapping;
    }

    private static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    private static String shape(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + clip(((ScalarNode) node).getValue()) + "'";
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:MM)";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == Money.class) {
            return "an amount of money";
        }
        if (type == FileRef.class) {
            return "a file path";
        }
        if (type == LsoaCode.class) {
            return "a lower layer super output area code";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Labelled) c).key()).collect(Collectors.joining(", "));
        }
        return "text";
    }

    private static String example(Class<?> type) {
        if (type == LocalTime.class) {
            return "Write times as HH:MM, e.g. 10:30.";
        }
        if (type == Money.class) {
            return "Write 4750000000 or £4.75bn, £12m, £250k.";
        }
        if (type == FileRef.class) {
            return "Write a path relative to this file, e.g. papers/finance-report.md.";
        }
        if (type == LsoaCode.class) {
            return "Write E01 and six digits, as the Office for National Statistics codes it, e.g. E01024123.";
        }
        return "Write " + describe(type) + ".";
    }

    static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine;
    }

    Location location(Node node) {
        return node.getStartMark().map(this::location).orElse(Location.ofFile(file));
    }

    private Location location(Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private void report(Rule rule, Node node, String message, String hint) {
        out.add(new Diagnostic(rule, location(node), capitalise(message), hint, null));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
