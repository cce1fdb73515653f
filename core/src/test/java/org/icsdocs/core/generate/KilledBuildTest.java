package org.icsdocs.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills real builds (SIGKILL, as kill -9) at moments spread over a generation; the previous output survives whole. */
class KilledBuildTest {

    @TempDir
    Path temp;

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousOutputWhole() throws Exception {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Path site = temp.resolve("out/site");
        assertThat(run(f.root(), site, "clean").waitFor(120, TimeUnit.SECONDS)).isTrue();
        Map<String, String> previous = snapshot(site);
        assertThat(previous).containsKey("index.html").containsKey("documents/constitution.pdf");

        // change the definition so that a completed second build would differ
        f.write("meetings/papers/finance-report.md", "# Finance report, month 5\n\nRevised after the deadline.\n");
        for (long delay : List.of(200L, 700L, 1500L, 2500L, 3500L, 5000L)) {
            killedAfter(delay, f, site, "clean");
            assertThat(snapshot(site)).as("after a kill at " + delay + " ms").isEqualTo(previous);
            assertOnlyOutputBeside(site);
        }
    }

    @Test
    void anIncrementalBuildKilledAtAnyMomentLeavesOneWholeOutput() throws Exception {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Path site = temp.resolve("out/site");
        assertThat(run(f.root(), site, "incremental").waitFor(120, TimeUnit.SECONDS)).isTrue();
        Map<String, String> previous = snapshot(site);
        f.write("meetings/papers/finance-report.md", "# Finance report, month 5\n\nRevised after the deadline.\n");
        Path elsewhere = temp.resolve("complete/site");
        assertThat(run(f.root(), elsewhere, "clean").waitFor(120, TimeUnit.SECONDS)).isTrue();
        Map<String, String> next = snapshot(elsewhere);
        assertThat(next).isNotEqualTo(previous);

        // an incremental build links the unchanged files of the published folder into its own: a kill
        // at any moment must leave the published folder either as it was or as the finished build
        for (long delay : List.of(300L, 900L, 1500L, 2200L, 3000L)) {
            killedAfter(delay, f, site, "incremental");
            assertThat(snapshot(site)).as("after a kill at " + delay + " ms").isIn(previous, next);
            assertOnlyOutputBeside(site);
        }
        assertThat(run(f.root(), site, "incremental").waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(snapshot(site)).isEqualTo(next);
    }

    private static void killedAfter(long delay, DefinitionFixture f, Path site, String mode) throws Exception {
        Process build = run(f.root(), site, mode);
        Thread.sleep(delay);
        build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * A killed build may leave its staging folders (the site's, the review edition's) beside the output;
     * every ics build starts by removing them. Besides the site, only the cache and the constitution's review edition (written
     * beside the site, never in it) may be there.
     */
    private static void assertOnlyOutputBeside(Path site) throws IOException {
        OutputTree.begin(site).close();
        OutputTree.begin(ReviewPublisher.folder(site)).close(); // the review edition is staged and swapped in the same way
        try (Stream<Path> leftovers = Files.list(site.getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString()).toList())
                    .contains("site", ".incremental").isSubsetOf("site", ".incremental", "review");
        }
    }

    private static Process run(Path definition, Path site, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), GenerateMain.class.getName(),
                definition.toString(), site.toString(), mode)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
