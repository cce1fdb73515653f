package org.icsdocs.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The words people read for every fixed choice of the definition, from one file ({@code labels.properties}
 * beside this class). Read once; the map is immutable.
 */
public final class HumanLabels {

    private static final Map<String, String> LABELS = load();

    private HumanLabels() {
    }

    /** The label of a constant, e.g. "Non-financial professional"; a constant missing from the file reads as plain words. */
    public static String of(Labelled value) {
        String label = LABELS.get(keyOf(value));
        return label != null ? label : plainWords(value.name());
    }

    /** True when the file words this constant; HumanLabelsTest asks it of every constant. */
    public static boolean has(Labelled value) {
        return LABELS.containsKey(keyOf(value));
    }

    private static String keyOf(Labelled value) {
        Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
        return type.getSimpleName() + "." + value.name();
    }

    private static String plainWords(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = HumanLabels.class.getResourceAsStream("labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing from the ics-core jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toUnmodifiableMap(k -> k, properties::getProperty));
    }
}
