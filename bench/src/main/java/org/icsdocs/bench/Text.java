package org.icsdocs.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.icsdocs.core.init.DutyRecords;
import org.icsdocs.core.reference.ReferenceNames;

/** Small text helpers shared by the writers: names, ids, dates and lists in words. Locale-independent. */
final class Text {


    private Text() {
    }

    /** "NHS NORTH CENTRAL LONDON INTEGRATED CARE BOARD" → "NHS North Central London Integrated Care Board". */
    static String titleCase(String upper) {
        return ReferenceNames.titleCase(upper);
    }

    /** "Barnet and Enfield" → "barnet-and-enfield": ids as the definition format writes them. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("’", "");
        s = s.replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s;
    }

    /** The name a council goes by in running text: "London Borough of Barnet" → "Barnet". */
    static String councilShortName(String name) {
        return ReferenceNames.councilShortName(name);
    }

    /** "Barts Health NHS Trust" → "Barts Health". */
    static String trustShortName(String name) {
        return ReferenceNames.trustShortName(name);
    }

    /** "a", "a and b", "a, b and c". */
    static String inWords(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "9 July 2026", as papers print dates. */
    static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date) + " " + date.getYear();
    }

    static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** The NHS financial year a date falls in: 2026-05-14 → "2026/27". */
    static String financialYear(LocalDate date) {
        return DutyRecords.financialYear(DutyRecords.financialYearStart(date));
    }

    /** What a finance report at a meeting on this date covers: the month before last, e.g. "month 4, 2026/27". */
    static String financeMonth(LocalDate meeting) {
        LocalDate reported = meeting.minusMonths(2);
        int month = (reported.getMonthValue() + 8) % 12 + 1; // April is month 1, March month 12
        return "month " + month + ", " + financialYear(reported);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Amounts as finance officers write them, from whole millions: 3210 → "£3.21bn", 640 → "£640m". */
    static String millions(long millions) {
        if (millions >= 1000) {
            String bn = String.format(Locale.ROOT, "%.2f", millions / 1000.0).replaceAll("0+$", "").replaceAll("\\.$", "");
            return "£" + bn + "bn";
        }
        return "£" + millions + "m";
    }

    /** Thousands with commas, as in "1,250". */
    static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
