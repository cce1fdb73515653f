package org.icsdocs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.GenerateOutcome;

/**
 * What a board secretary waits for the week before a meeting: a rebuild with nothing changed,
 * and a rebuild after one paper changed, of one system built already (by {@link NationalBuild}
 * into the same {@code --out}). The first rebuild runs in a fresh JVM, so the script can subtract
 * the JVM's start; the repeats show the same in a warm one.
 *
 * <pre>java -cp … org.icsdocs.bench.RebuildBench --systems DIR --out DIR --only CODE [--repeats 5]</pre>
 */
public final class RebuildBench {

    private RebuildBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        String code = a.text("--only", "qks");
        Path project = a.path("--systems").resolve(code);
        Path output = a.path("--out").resolve(code);
        int repeats = a.number("--repeats", 5);

        List<Double> noChange = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Counting log = new Counting();
            long t = System.nanoTime();
            NationalBuild.build(project, output, true, true, log);
            noChange.add((System.nanoTime() - t) / 1e9);
            if (!log.upToDate) {
                throw new IllegalStateException("a rebuild with nothing changed rendered something: " + log.summary);
            }
        }

        Path paper = firstPaper(project.resolve("src/main/ics"));
        List<Double> onePaper = new ArrayList<>();
        String summary = "";
        for (int i = 0; i < repeats; i++) {
            Files.writeString(paper, Files.readString(paper) + "\nA late correction, number " + (i + 1) + ".\n");
            Counting log = new Counting();
            long t = System.nanoTime();
            GenerateOutcome outcome = NationalBuild.build(project, output, true, true, log);
            onePaper.add((System.nanoTime() - t) / 1e9);
            summary = log.summary;
            if (!outcome.generated()) {
                throw new IllegalStateException(outcome.validation().summary());
            }
        }
        System.out.printf(Locale.ROOT, "RESULT system=%s noChangeFirstSeconds=%.3f noChangeWarmSeconds=%.3f"
                        + " onePaperFirstSeconds=%.3f onePaperWarmSeconds=%.3f paper=%s onePaperLog=\"%s\"%n",
                code, noChange.get(0), min(noChange.subList(1, noChange.size())), onePaper.get(0),
                min(onePaper.subList(1, onePaper.size())), project.relativize(paper), summary);
    }

    private static Path firstPaper(Path definition) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(definition)) {
            // a paper of a board meeting held in public: its pack and its pages on the site depend on it
            return walk.filter(p -> p.toString().endsWith(".md") && definition.relativize(p).startsWith("meetings")
                    && p.getParent().getFileName().toString().equals("papers")).sorted().findFirst().orElseThrow();
        }
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    /** Notes whether the build said it was up to date, and its closing summary. */
    private static final class Counting implements BuildLog {
        volatile boolean upToDate;
        volatile String summary = "";

        @Override
        public void info(String message) {
            if (message.contains("nothing has changed since the last build")) {
                upToDate = true;
            }
            if (message.startsWith("ics: rendered ")) {
                summary = message.substring(5);
            }
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message) {
            summary = message;
        }
    }
}
