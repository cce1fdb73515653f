package org.icsdocs.core.diagnostic;

import java.util.Locale;

/** How much a finding matters. Ordered from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    ADVICE;

    /** The word printed in compiler-style lines and accepted by {@code ics.failOn}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a severity; use error, warning or advice");
    }
}
