package org.icsdocs.core.model;

import java.util.Locale;

/** An enum whose constants read as plain English in documents ("DIRECTOR_OF_FINANCE" prints "Director of finance"). */
public interface Labelled {

    String name();

    default String label() {
        String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The value as written in YAML: lower case with hyphens. */
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
