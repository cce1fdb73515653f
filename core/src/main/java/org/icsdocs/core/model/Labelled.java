package org.icsdocs.core.model;

import java.util.Locale;

/** An enum whose constants read as plain English in documents; the words are in labels.properties, never derived from the name. */
public interface Labelled {

    String name();

    /** The words people read, from the one file of human labels (labels.properties, see HumanLabels). */
    default String label() {
        return HumanLabels.of(this);
    }

    /** The value as written in YAML: lower case with hyphens. */
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
