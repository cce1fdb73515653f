package org.icsdocs.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.icsdocs.core.incremental.Digest;
import org.icsdocs.core.incremental.Fingerprints;
import org.icsdocs.core.incremental.IncrementalBuild;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on two tiny generators: one writes a source, the other, a stage later, embeds it. */
class BuildEngineTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture;
    private Outcome outcome;
    private Path folder;
    private final AtomicInteger renders = new AtomicInteger();

    @BeforeEach
    void definition() {
        fixture = DefinitionFixture.northshire(temp.resolve("def"));
        outcome = fixture.validate();
        folder = temp.resolve("out/site");
    }

    @Test
    void aLaterStageEmbedsWhatAnEarlierOneWrote() throws IOException {
        build("one");
        assertThat(Files.readString(folder.resolve("page.html"))).isEqualTo("<p>one</p>");
        assertThat(renders).hasValue(3);
    }

    @Test
    void nothingChangedRendersNothingAndLeavesTheFolderAlone() throws IOException {
        build("one");
        Object before = Files.getAttribute(folder, "unix:ino");
        build("one");
        assertThat(renders).hasValue(3);
        assertThat(Files.getAttribute(folder, "unix:ino")).isEqualTo(before);
    }

    @Test
    void aChangedSourceRendersItAndWhatEmbedsItAndLinksTheRestFromTheLastBuild() throws IOException {
        build("one");
        Object unchanged = Files.getAttribute(folder.resolve("fixed.txt"), "unix:ino");
        build("two");
        assertThat(renders).hasValue(5);
        assertThat(Files.readString(folder.resolve("page.html"))).isEqualTo("<p>two</p>");
        assertThat(Files.getAttribute(folder.resolve("fixed.txt"), "unix:ino")).isEqualTo(unchanged);
    }

    private void build(String sourceText) {
        Fingerprints fingerprints = new Fingerprints(fixture.root(), List.of(), "test", List.of());
        IncrementalBuild build = IncrementalBuild.of(folder, fingerprints);
        Lazy<RenderContext> shared = new Lazy<>(() -> RenderContext.of(outcome.load().definition().orElseThrow(), outcome.report(),
                DefinitionFixture.AS_OF, new TemplateEngine(List.of()), fixture.root()));
        new BuildEngine(build, folder, shared, BuildLog.silent(), "sources")
                .build(List.of(new Sources(Map.of("fixed.txt", "fixed", "source.txt", sourceText)), new Embedding()), List.of(), List.of());
    }

    private JobOutput output(String path, String text, Map<String, String> embedded) {
        renders.incrementAndGet();
        return new JobOutput(new TreeMap<>(Map.of(path, text.getBytes(StandardCharsets.UTF_8))), Map.of(), new TreeMap<>(embedded), null);
    }

    /** Jobs keyed up front, each writing a file: a job's id names its text, as a document's input decides its key. */
    private final class Sources implements JobGenerator {
        private final Map<String, String> texts;

        Sources(Map<String, String> texts) {
            this.texts = new TreeMap<>(texts);
        }

        @Override
        public Map<String, List<String>> declared() {
            Map<String, List<String>> ids = new TreeMap<>();
            texts.forEach((path, text) -> ids.put(path + ":" + text, List.of()));
            return ids;
        }

        @Override
        public List<Job> jobs(Stage stage, OutputTree tree, ExecutorService pool) {
            if (stage != Stage.SOURCES) {
                return List.of();
            }
            List<Job> jobs = new ArrayList<>();
            texts.forEach((path, text) -> jobs.add(Job.keyedById(path + ":" + text, List.of(), c -> output(path, text, Map.of()))));
            return jobs;
        }
    }

    /** One derived job, a page embedding the source as written. */
    private final class Embedding implements JobGenerator {
        @Override
        public Map<String, List<String>> declared() {
            return Map.of();
        }

        @Override
        public String derivedJobs() {
            return "page:";
        }

        @Override
        public List<Job> jobs(Stage stage, OutputTree tree, ExecutorService pool) {
            if (stage != Stage.EMBEDDING) {
                return List.of();
            }
            return new ArrayList<>(List.of(new Job("page:page.html", List.of(), "page", true, c -> {
                try {
                    byte[] source = Files.readAllBytes(tree.resolve("source.txt"));
                    String text = new String(source, StandardCharsets.UTF_8);
                    return output("page.html", "<p>" + text + "</p>", Map.of("source.txt", Digest.of(source)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })));
        }
    }
}
