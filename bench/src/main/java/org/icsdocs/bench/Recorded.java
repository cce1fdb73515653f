package org.icsdocs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * This run's figures beside the last ones recorded in BENCHMARKS.md, with the change in per cent,
 * so that a round which costs speed sees it before it lands. The recorded figures are the table
 * under {@value #HEADING} (one row per figure and number of systems); this run's come as
 * {@code name=value} lines. A figure worse by more than {@value #NOTICE_PERCENT}% is marked. Like
 * the rest of the bench it fails on no figure: the machine and its load move them.
 *
 * <pre>java -cp … org.icsdocs.bench.Recorded --benchmarks BENCHMARKS.md --systems 4 --figures FILE</pre>
 */
public final class Recorded {

    static final String HEADING = "## Figures the bench compares with";
    static final double NOTICE_PERCENT = 10;

    /** A recorded figure: its value for a number of systems, and whether a larger value is better. */
    record Figure(String name, int systems, double value, boolean higherIsBetter) {
    }

    private Recorded() {
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args);
        int systems = a.number("--systems", 36);
        Map<String, Figure> last = parse(Files.readString(a.path("--benchmarks"), StandardCharsets.UTF_8), systems);
        Map<String, Double> now = figures(Files.readAllLines(a.path("--figures"), StandardCharsets.UTF_8));
        report(last, now, systems).forEach(System.out::println);
    }

    /**
     * The figures recorded for {@code systems} systems, by name, from the table under {@link #HEADING}:
     * {@code | figure | systems | value | better |}, the figure's name in backticks or bare, the value a
     * number (thousands separated by commas or not), better either {@code higher} or {@code lower}.
     */
    static Map<String, Figure> parse(String markdown, int systems) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : markdown.split("\\R")) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals(HEADING);
                continue;
            }
            if (!inSection || !line.strip().startsWith("|")) {
                continue;
            }
            String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\|", -1);
            if (cells.length < 4) {
                continue;
            }
            String name = cells[0].strip().replace("`", "");
            String count = cells[1].strip();
            String value = cells[2].strip().replace(",", "");
            String better = cells[3].strip().toLowerCase(Locale.ROOT);
            if (!count.matches("\\d+") || !value.matches("-?\\d+(\\.\\d+)?") || !(better.equals("higher") || better.equals("lower"))) {
                continue; // the header, its rule, or a row being filled in by hand
            }
            if (Integer.parseInt(count) == systems) {
                figures.put(name, new Figure(name, systems, Double.parseDouble(value), better.equals("higher")));
            }
        }
        return figures;
    }

    /** This run's figures from {@code name=value} lines; lines of another shape are skipped. */
    static Map<String, Double> figures(List<String> lines) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                try {
                    out.put(line.substring(0, eq).strip(), Double.parseDouble(line.substring(eq + 1).strip()));
                } catch (NumberFormatException e) {
                    // not a figure (a step that did not run prints none)
                }
            }
        }
        return out;
    }

    /** The change from {@code last} to {@code now} in per cent of {@code last}, signed: "+12.5%", "-3.0%". */
    static String change(double last, double now) {
        if (last == 0) {
            return now == 0 ? "+0.0%" : "n/a";
        }
        return String.format(Locale.ROOT, "%+.1f%%", (now - last) / Math.abs(last) * 100);
    }

    /** Whether {@code now} is worse than {@code last} by more than {@link #NOTICE_PERCENT} per cent. */
    static boolean notablyWorse(Figure last, double now) {
        double percent = last.value() == 0 ? 0 : (now - last.value()) / Math.abs(last.value()) * 100;
        return last.higherIsBetter() ? percent < -NOTICE_PERCENT : percent > NOTICE_PERCENT;
    }

    /** One line per figure of this run, in its order, with the recorded one beside it. */
    static List<String> report(Map<String, Figure> last, Map<String, Double> now, int systems) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-36s %12s %12s %9s", "figure (" + systems + " systems)", "recorded", "this run", "change"));
        now.forEach((name, value) -> {
            Figure f = last.get(name);
            if (f == null) {
                lines.add(String.format(Locale.ROOT, "%-36s %12s %12s %9s", name, "none", number(value), ""));
            } else {
                lines.add(String.format(Locale.ROOT, "%-36s %12s %12s %9s%s", name, number(f.value()), number(value), change(f.value(), value),
                        notablyWorse(f, value) ? "  WORSE (" + (f.higherIsBetter() ? "higher" : "lower") + " is better)" : ""));
            }
        });
        return lines;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v)
                .replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
