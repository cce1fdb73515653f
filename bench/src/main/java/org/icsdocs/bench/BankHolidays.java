package org.icsdocs.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Bank holidays in England, so that no meeting is set for one. The usual pattern only: special
 * one-off holidays (jubilees, coronations) are not known.
 */
final class BankHolidays {

    private BankHolidays() {
    }

    static boolean isBankHoliday(LocalDate date) {
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        return date.equals(substitute(LocalDate.of(year, 1, 1)))
                || date.equals(easter.minusDays(2))
                || date.equals(easter.plusDays(1))
                || date.equals(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)))
                || date.equals(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || date.equals(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || christmas(year, date);
    }

    /** A holiday falling at a weekend moves to the next Monday. */
    private static LocalDate substitute(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.plusDays(2);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    /** Christmas Day and Boxing Day, with their substitute days when either falls at a weekend. */
    private static boolean christmas(int year, LocalDate date) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        LocalDate first = substitute(christmas);
        LocalDate second = substitute(boxing);
        if (second.equals(first)) {
            second = first.plusDays(1);
        }
        if (christmas.getDayOfWeek() == DayOfWeek.SATURDAY) {
            second = christmas.plusDays(3); // Christmas on Saturday: Monday 27th and Tuesday 28th
        }
        return date.equals(first) || date.equals(second);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
