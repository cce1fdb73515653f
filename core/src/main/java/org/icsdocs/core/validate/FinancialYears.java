package org.icsdocs.core.validate;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** NHS financial years, 1 April to 31 March, written as governance papers write them: 2026/27. */
final class FinancialYears {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})/(\\d{2})");

    private FinancialYears() {
    }

    /** The calendar year in which the written financial year starts, if it is written like 2026/27. */
    static Optional<Integer> startYear(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(written.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        return Integer.parseInt(m.group(2)) == (start + 1) % 100 ? Optional.of(start) : Optional.empty();
    }

    /** The start year of the financial year that contains {@code date}. */
    static int containing(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    static LocalDate firstDay(int startYear) {
        return LocalDate.of(startYear, 4, 1);
    }

    static LocalDate lastDay(int startYear) {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    static String label(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
