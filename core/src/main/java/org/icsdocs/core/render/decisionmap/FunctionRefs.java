package org.icsdocs.core.render.decisionmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short labels for a run of function references: F11, F12, F13, F14 reads "F11–F14". */
public final class FunctionRefs {

    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    /** Natural order of references: F2 before F10, then plain text order for the rest. */
    public static final Comparator<String> NATURAL = (a, b) -> {
        Matcher x = NUMBERED.matcher(a);
        Matcher y = NUMBERED.matcher(b);
        if (x.matches() && y.matches() && x.group(1).equals(y.group(1)) && x.group(2).length() <= 18 && y.group(2).length() <= 18) {
            int c = Long.compare(Long.parseLong(x.group(2)), Long.parseLong(y.group(2)));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    };

    private FunctionRefs() {
    }

    static String compact(List<String> refs) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < refs.size()) {
            int j = i;
            while (j + 1 < refs.size() && follows(refs.get(j), refs.get(j + 1))) {
                j++;
            }
            parts.add(j - i >= 2 ? refs.get(i) + "\u2013" + refs.get(j) : refs.get(i));
            if (j - i == 1) {
                parts.add(refs.get(j));
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** Whether {@code next} is the reference after {@code ref}: same prefix and digit count, number one higher. */
    private static boolean follows(String ref, String next) {
        Matcher a = NUMBERED.matcher(ref);
        Matcher b = NUMBERED.matcher(next);
        if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1)) || a.group(2).length() != b.group(2).length()
                || a.group(2).length() > 18) {
            return false;
        }
        return Long.parseLong(b.group(2)) == Long.parseLong(a.group(2)) + 1;
    }
}
