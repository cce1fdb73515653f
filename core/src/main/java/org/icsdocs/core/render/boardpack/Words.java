package org.icsdocs.core.render.boardpack;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.icsdocs.core.model.Labelled;

/** Dates, times and labels as a board pack prints them. */
final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Words() {
    }

    /** "10 September 2026", or null. */
    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** "10 Sep 2026", for narrow table columns, or null. */
    static String shortDate(LocalDate date) {
        return date == null ? null : SHORT.format(date);
    }

    /** "Thursday 10 September 2026", or null. */
    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** "10:00 to 13:00", "10:00", or null. */
    static String span(LocalTime start, LocalTime end) {
        if (start == null) {
            return null;
        }
        return end == null ? TIME.format(start) : TIME.format(start) + " to " + TIME.format(end);
    }

    /** An item's slot from its start and length, for the agenda's narrow column: "10:45–11:10". */
    static String slot(LocalTime start, Integer minutes) {
        if (start == null) {
            return null;
        }
        return minutes == null ? TIME.format(start) : TIME.format(start) + "–" + TIME.format(start.plusMinutes(minutes));
    }

    /** "Non-financial professional", as NHS guidance names the categories. */
    static String interestType(org.icsdocs.core.model.InterestType type) {
        return label(type);
    }

    static String label(Labelled value) {
        return value == null ? null : value.label();
    }

    /** Null for blank text, so templates can say "Not stated" in one place. */
    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Shortens a title for the running header, at a word boundary. */
    static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[\\s,;:–-]+$", "") + "…";
    }
}
