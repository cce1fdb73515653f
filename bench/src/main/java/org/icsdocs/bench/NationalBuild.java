package org.icsdocs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.GenerateOutcome;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.build.GeneratedFile;

/**
 * Builds every system of a generated workload, one after another in one JVM (each build parallel
 * inside), as a regional team would: prints per-system and total figures, and the peak memory.
 *
 * <pre>java -Xmx1g -cp … org.icsdocs.bench.NationalBuild --systems DIR --out DIR [--pdf false] [--incremental true] [--only CODE] [--warm-up N]</pre>
 */
public final class NationalBuild {

    /** The build date every bench build uses, as the example's {@code project.build.outputTimestamp}. */
    static final String BUILD_DATE = "2026-11-01T00:00:00Z";

    private NationalBuild() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        Path systems = a.path("--systems");
        Path out = a.path("--out");
        boolean pdf = a.flag("--pdf", true);
        boolean incremental = a.flag("--incremental", false);
        String only = a.text("--only", null);
        for (int warmUp = a.number("--warm-up", 0); warmUp > 0; warmUp--) {
            // the same builds first, so that the figures below are of a JVM that has compiled its hot code
            for (Path project : projects(systems)) {
                if (only == null || only.equalsIgnoreCase(project.getFileName().toString())) {
                    build(project, out.resolve("warm-up").resolve(project.getFileName()), pdf, false, BuildLog.silent());
                }
            }
        }
        PeakMemory memory = PeakMemory.start();
        long started = System.nanoTime();
        long sitePages = 0;
        long pdfPages = 0;
        long files = 0;
        int count = 0;
        for (Path project : projects(systems)) {
            String code = project.getFileName().toString();
            if (only != null && !only.equalsIgnoreCase(code)) {
                continue;
            }
            long t = System.nanoTime();
            GenerateOutcome outcome = build(project, out.resolve(code), pdf, incremental, BuildLog.silent());
            if (!outcome.generated()) {
                throw new IllegalStateException(code + ": " + outcome.validation().summary());
            }
            long pages = outcome.files().stream().filter(NationalBuild::isSitePage).count();
            long printed = outcome.files().stream().mapToLong(GeneratedFile::pages).sum()
                    + outcome.members().stream().mapToLong(GeneratedFile::pages).sum();
            sitePages += pages;
            pdfPages += printed;
            files += outcome.files().size() + outcome.members().size();
            count++;
            System.out.printf(Locale.ROOT, "%s: %d site pages, %d PDF pages, %d files, %.1f s%n", code, pages, printed,
                    outcome.files().size() + outcome.members().size(), (System.nanoTime() - t) / 1e9);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        memory.stop();
        System.out.printf(Locale.ROOT, "RESULT systems=%d sitePages=%d pdfPages=%d files=%d seconds=%.2f sitePagesPerSecond=%.1f pdfPagesPerSecond=%.1f"
                        + " peakHeapMiB=%d maxHeapMiB=%d peakRssMiB=%d%n",
                count, sitePages, pdfPages, files, seconds, sitePages / seconds, pdfPages / seconds,
                memory.peakHeapMiB(), Runtime.getRuntime().maxMemory() >> 20, PeakMemory.peakRssMiB());
    }

    static GenerateOutcome build(Path project, Path output, boolean pdf, boolean incremental, BuildLog log) {
        ValidateRequest validate = new ValidateRequest(project, project.resolve("src/main/ics"), output,
                BuildDate.resolve(BUILD_DATE, null, Instant.now()));
        return new IcsDocs(log).generate(new GenerateRequest(validate, List.of(project.resolve("src/main/ics-templates")),
                output.resolve("site"), false, incremental, pdf));
    }

    /** A page of the website: HTML that is not a fragment for embedding. */
    static boolean isSitePage(GeneratedFile f) {
        return f.path().endsWith(".html") && !f.path().startsWith("fragments/");
    }

    static List<Path> projects(Path systems) throws java.io.IOException {
        try (Stream<Path> list = Files.list(systems)) {
            return list.filter(p -> Files.isDirectory(p.resolve("src/main/ics"))).sorted().toList();
        }
    }
}
