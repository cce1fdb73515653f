package org.icsdocs.core.render.constitution;

import java.util.List;
import org.icsdocs.core.model.Amendment;
import org.icsdocs.core.model.Constitution;
import org.icsdocs.core.render.RenderException;

/**
 * Version numbers of the constitution ("1.5", "2.0"): compared part by part, and checked so that
 * they never go backwards. A constitution is varied only on application to NHS England (NHS Act
 * 2006 Sch. 1B para 15); a version history out of order misstates what NHS England approved.
 */
public final class Versions {

    private Versions() {
    }

    /** Negative, zero or positive as {@code a} comes before, equals or comes after {@code b}; "1.10" after "1.9". */
    public static int compare(String a, String b) {
        String[] x = a.strip().split("\\.");
        String[] y = b.strip().split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int i) {
        if (i >= parts.length) {
            return 0;
        }
        try {
            return Long.parseLong(parts[i].replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Each recorded version after the one before, and the current version not before the last recorded one. */
    public static void check(Constitution c) {
        if (c == null) {
            return;
        }
        List<Amendment> history = c.amendments();
        for (int i = 1; i < history.size(); i++) {
            Amendment a = history.get(i);
            if (compare(a.version(), history.get(i - 1).version()) <= 0) {
                throw new RenderException(a.at().of("version"), "constitution.amendments: version " + a.version() + " comes after version "
                        + history.get(i - 1).version() + " in the history but does not follow it; a version number never goes backwards", null);
            }
        }
        if (!history.isEmpty()) {
            Amendment last = history.get(history.size() - 1);
            int c2 = compare(c.version(), last.version());
            if (c2 < 0) {
                throw new RenderException(c.at().of("version"), "constitution.version " + c.version() + " ("
                        + c.status().label().toLowerCase(java.util.Locale.ROOT) + ") is before version " + last.version()
                        + ", the last in constitution.amendments; a version number never goes backwards", null);
            }
        }
    }
}
