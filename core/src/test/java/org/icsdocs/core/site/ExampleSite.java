package org.icsdocs.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.GenerateOutcome;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;

/**
 * The Kent and Medway example's site, generated once per test JVM into a temporary folder and
 * shared by the tests that only read it (the site's, and the example's documents). Nothing may
 * change it.
 */
public final class ExampleSite {

    static final Path EXAMPLE = Path.of("../example-site/src/main/ics");
    static final BuildDate DATE = BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH);

    private static Path folder;
    private static GenerateOutcome outcome;
    private static Duration took;

    private ExampleSite() {
    }

    public static synchronized Path folder() {
        if (folder == null) {
            try {
                Path temp = Files.createTempDirectory("ics-example-site");
                long started = System.nanoTime();
                outcome = generate(temp.resolve("site"), List.of());
                took = Duration.ofNanos(System.nanoTime() - started);
                folder = temp.resolve("site");
                System.out.println("K&M site: " + pages().size() + " pages, generated (with documents and packs) in " + took.toMillis() + " ms");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    public static GenerateOutcome outcome() {
        folder();
        return outcome;
    }

    public static GenerateOutcome generate(Path site, List<Path> templates) {
        GenerateRequest request = new GenerateRequest(new ValidateRequest(Path.of(".."), EXAMPLE, null, DATE), templates, site);
        return new IcsDocs(BuildLog.silent()).generate(request);
    }

    /** Every web page of the site (not the fragments, which are parts of pages), by path relative to the folder. */
    static List<String> pages() {
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("fragments/")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
