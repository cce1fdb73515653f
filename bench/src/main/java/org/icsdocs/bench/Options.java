package org.icsdocs.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What to generate, besides the seed and the output folder.
 *
 * @param systems           how many ICBs, taken in file order from the map in force on {@code asOf} (1 to 36 on the
 *                          default date, 42 before 1 April 2026)
 * @param firstYear         the calendar year of the first meetings
 * @param years             how many calendar years of meetings
 * @param committeeMeetings committee meetings per year, spread over all the committees
 * @param papersMin         fewest papers on a meeting's agenda
 * @param papersMax         most papers on a meeting's agenda
 * @param words             the length each paper aims at, in words
 * @param asOf              the date the definition is "as of": meetings up to it have been held (attendance,
 *                          minutes and actions); later ones have papers only. ics-docs validates against the
 *                          build date, 2026-11-01 by default, so this should match it.
 */
public record Options(int systems, int firstYear, int years, int committeeMeetings, int papersMin, int papersMax,
                      int words, LocalDate asOf) {

    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

    public Options {
        require(asOf != null, "the as-of date is required");
        int inForce = ReferenceData.asAt(asOf).icbs().size();
        require(systems >= 1 && systems <= inForce, "--systems must be between 1 and " + inForce + ", the number of ICBs in force on " + asOf);
        require(years >= 1 && years <= 20, "--years must be between 1 and 20");
        require(firstYear >= 2023 && firstYear <= 2100, "the first year must be 2023 or later");
        require(committeeMeetings >= 0 && committeeMeetings <= 2000, "--committee-meetings must be between 0 and 2000");
        require(papersMin >= 1 && papersMax >= papersMin && papersMax <= 60, "--papers-min and --papers-max must satisfy 1 <= min <= max <= 60");
        require(words >= 200 && words <= 50_000, "--words must be between 200 and 50000");
    }

    /** The defaults of the command line, for the given number of systems and years. */
    public static Options defaults(int systems, int years) {
        return new Options(systems, 2026, years, 40, 8, 12, 1000, DEFAULT_AS_OF);
    }

    public Options withCommitteeMeetings(int n) {
        return new Options(systems, firstYear, years, n, papersMin, papersMax, words, asOf);
    }

    public Options withWords(int n) {
        return new Options(systems, firstYear, years, committeeMeetings, papersMin, papersMax, n, asOf);
    }

    public Options withPapers(int min, int max) {
        return new Options(systems, firstYear, years, committeeMeetings, min, max, words, asOf);
    }

    public int lastYear() {
        return firstYear + years - 1;
    }

    /** The parsed command line: where to write, the seed, and the options. */
    public record CommandLine(Path out, long seed, Options options) {
    }

    public static final String USAGE = String.join("\n",
            "usage: WorkloadGenerator --out DIR --systems N --years Y --seed S",
            "                         [--committee-meetings M] [--papers-min A] [--papers-max B] [--words W]",
            "                         [--first-year 2026] [--as-of 2026-11-01]",
            "  --out DIR               folder to write into; each system goes to DIR/<icb ods code>/src/main/ics/",
            "  --systems N             ICBs to generate, the first N in force on --as-of (1-36 from 2026-04-01, 1-42 before)",
            "  --years Y               calendar years of meetings, starting with --first-year",
            "  --seed S                seed; the same seed and arguments give byte-identical output",
            "  --committee-meetings M  committee meetings a year, spread over the committees (default 40)",
            "  --papers-min A          fewest papers a meeting (default 8)",
            "  --papers-max B          most papers a meeting (default 12)",
            "  --words W               words a paper aims at (default 1000)",
            "  --first-year YYYY       year of the first meetings (default 2026)",
            "  --as-of YYYY-MM-DD      meetings up to this date have been held (default 2026-11-01, the build date ics-docs validates against)");

    /** Parses the arguments; throws IllegalArgumentException with a message fit for the user. */
    public static CommandLine parse(String[] args) {
        Path out = null;
        Long seed = null;
        Integer systems = null;
        Integer years = null;
        int committeeMeetings = 40;
        int papersMin = 8;
        int papersMax = 12;
        int words = 1000;
        int firstYear = 2026;
        LocalDate asOf = DEFAULT_AS_OF;
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (!flag.startsWith("--")) {
                unknown.add(flag);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = number(flag, value);
                case "--systems" -> systems = (int) number(flag, value);
                case "--years" -> years = (int) number(flag, value);
                case "--committee-meetings" -> committeeMeetings = (int) number(flag, value);
                case "--papers-min" -> papersMin = (int) number(flag, value);
                case "--papers-max" -> papersMax = (int) number(flag, value);
                case "--words" -> words = (int) number(flag, value);
                case "--first-year" -> firstYear = (int) number(flag, value);
                case "--as-of" -> asOf = date(flag, value);
                default -> unknown.add(flag);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown argument " + String.join(", ", unknown));
        }
        if (out == null || seed == null || systems == null || years == null) {
            throw new IllegalArgumentException("--out, --systems, --years and --seed are required");
        }
        return new CommandLine(out, seed, new Options(systems, firstYear, years, committeeMeetings, papersMin, papersMax, words, asOf));
    }

    private static long number(String flag, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, not '" + value + "'");
        }
    }

    private static LocalDate date(String flag, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(flag + " needs a date such as 2026-11-01, not '" + value + "'");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
