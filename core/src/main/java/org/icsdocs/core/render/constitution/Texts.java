package org.icsdocs.core.render.constitution;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.icsdocs.core.model.Money;

/**
 * Formatting for the constitution's templates: dates as "1 July 2022", amounts as finance
 * officers write them, lists as "A, B and C", and small counts in words. Kept in Java so every
 * template (and every project's override of one) prints the same thing the same way.
 */
public final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> WORDS = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty");

    /** "1 July 2022"; an empty string for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "1 July 2022 to 30 June 2025", "from 1 July 2022", or an empty string. */
    public String term(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null) {
            return "From " + date(start);
        }
        return start == null ? "Until " + date(end) : date(start) + " to " + date(end);
    }

    public String money(Money money) {
        return money == null ? "" : money.toString();
    }

    /** "1,900,000". */
    public String number(Long n) {
        return n == null ? "" : String.format(Locale.UK, "%,d", n);
    }

    /** A population as people say it: "1.9 million", "720,000". */
    public String population(Long n) {
        if (n == null) {
            return "";
        }
        if (n >= 1_000_000) {
            return java.math.BigDecimal.valueOf(n).movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString() + " million";
        }
        return number(n);
    }

    /** A count in words up to twenty, in figures above: "two", "42". */
    public String count(int n) {
        return n >= 0 && n < WORDS.size() ? WORDS.get(n) : Integer.toString(n);
    }

    /** "two partner members", "one partner member". */
    public String count(int n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    /** "A", "A and B", "A, B and C". */
    public String list(List<String> items) {
        return join(items, "and");
    }

    /** "A", "A or B", "A, B or C". */
    public String either(List<String> items) {
        return join(items, "or");
    }

    private static String join(List<String> items, String conjunction) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }

    /** The first letter in upper case, for a label that starts a sentence. */
    public String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The first letter in lower case, for a label or list item used mid-sentence ("the Chief
     * executive" reads wrongly). Leaves an initialism alone: "GMS contracts" stays as it is.
     */
    public String lower(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Whole years between two dates, for "a term of four years"; 0 when either is missing. */
    public int years(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return 0;
        }
        return (int) java.time.temporal.ChronoUnit.YEARS.between(start, end.plusDays(1));
    }
}
