package org.icsdocs.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.api.GenerateOutcome;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.incremental.BuildTrace;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.RecordingLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental generation of the Kent and Medway example: a rebuild renders only what depends on
 * what changed (a file that was reused is the same file, a hard link, so its inode tells), and the
 * result is byte-identical to a clean build of the same input.
 */
class IncrementalGenerationTest {

    private static final String CHANGED_MEETING = "board-2026-09-10";
    private static final String CHANGED_PAPER = "meetings/2026/papers/2026-09-10-better-care-fund.md";

    /** The first build, clean, done once for the class: each test starts from a copy of it. */
    @TempDir
    static Path shared;

    private static GenerateOutcome first;

    @TempDir
    Path temp;

    private DefinitionFixture km;
    private Path site;
    private Path overrides;

    @BeforeAll
    static void firstBuild() {
        DefinitionFixture pristine = DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), shared.resolve("km/src/main/ics"));
        first = new IcsDocs(new RecordingLog()).generate(request(shared, pristine.root(), shared.resolve("km/target/ics/site"), true));
        assertThat(first.generated()).isTrue();
    }

    /** A copy of the project after its first build, as if this test had built it: its own folder to change. */
    @BeforeEach
    void copyOfTheFirstBuild() throws IOException {
        km = DefinitionFixture.copyOf(shared.resolve("km/src/main/ics"), temp.resolve("km/src/main/ics"));
        copyTree(shared.resolve("km/target"), temp.resolve("km/target"));
        site = temp.resolve("km/target/ics/site");
        overrides = temp.resolve("km/src/main/ics-templates");
    }

    /** The first build's site: a clean build of the unchanged example. */
    private static Path pristineSite() {
        return shared.resolve("km/target/ics/site");
    }

    @Test
    void aRebuildWithNothingChangedRendersNothingAndLeavesTheFolderAlone() throws IOException {
        Map<String, Object> before = inodes(site);
        Object folder = Files.getAttribute(site, "unix:ino");
        RecordingLog log = new RecordingLog();
        GenerateOutcome again = build(true, log);
        assertThat(again.generated()).isTrue();
        assertThat(log.infos()).anyMatch(l -> l.contains("nothing has changed since the last build"));
        assertThat(Files.getAttribute(site, "unix:ino")).as("the published folder was not swapped").isEqualTo(folder);
        assertThat(inodes(site)).isEqualTo(before);
        assertThat(again.files()).hasSize(before.size());
        assertThat(again.validation().definition()).as("not even validated: no file it depends on changed").isEmpty();
        assertThat(again.validation().justified()).isEqualTo(first.validation().justified()).isNotEmpty();
        assertThat(again.validation().diagnostics()).isEqualTo(first.validation().diagnostics());
    }

    @Test
    void aMovedCopyOfTheProjectKeepsItsCacheAndRendersNothing() throws IOException {
        Path moved = temp.resolve("elsewhere/km-moved");
        copyTree(temp.resolve("km"), moved);
        String trace = Files.readString(moved.resolve("target/ics/.incremental/site.json"));
        assertThat(trace).as("the trace names no absolute path").doesNotContain(temp.toString());

        RecordingLog log = new RecordingLog();
        ValidateRequest validate = new ValidateRequest(moved, moved.resolve("src/main/ics"), moved.resolve("target/ics"),
                BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.now()));
        GenerateOutcome again = new IcsDocs(log).generate(new GenerateRequest(validate, List.of(moved.resolve("src/main/ics-templates")),
                moved.resolve("target/ics/site"), false, true));

        assertThat(again.generated()).isTrue();
        assertThat(log.infos()).anyMatch(l -> l.contains("nothing has changed since the last build"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void aNewFileInTheDefinitionFolderIsValidatedAgainButRendersNothing() throws IOException {
        Map<String, Object> before = inodes(site);
        km.write("notes.txt", "a file no document reads");
        RecordingLog log = new RecordingLog();
        GenerateOutcome again = build(true, log);
        assertThat(again.validation().definition()).as("validated, since a file in its folder changed").isPresent();
        assertThat(log.infos()).anyMatch(l -> l.contains("nothing has changed since the last build"));
        assertThat(inodes(site)).isEqualTo(before);
        assertThat(build(true, new RecordingLog()).validation().definition()).as("the next rebuild need not validate").isEmpty();
    }

    @Test
    void changingOnePaperRerendersOnlyItsPackAndThePagesThatShowIt() throws IOException {
        Map<String, Object> before = inodes(site);
        km.write(CHANGED_PAPER, Files.readString(km.root().resolve(CHANGED_PAPER)) + "\nA paragraph added the week before the meeting.\n");
        build(true, new RecordingLog());

        Set<String> rerendered = changed(before, inodes(site));
        assertThat(rerendered).contains("documents/meetings/" + CHANGED_MEETING + ".pdf", "search-index.json");
        assertThat(rerendered).anyMatch(p -> p.startsWith("meetings/" + CHANGED_MEETING + "/") && !p.endsWith("index.html"));
        assertThat(rerendered).allMatch(p -> p.contains(CHANGED_MEETING) || siteWide(p),
                "only the changed meeting's pack and pages, and the site-wide files written every build");
        assertThat(rerendered).doesNotContain("documents/constitution.pdf", "documents/meetings/board-2026-07-09.pdf", "index.html");
        assertThat(Files.readString(site.resolve("meetings/" + CHANGED_MEETING + "/" + paperPage())))
                .contains("A paragraph added the week before the meeting.");
        assertSameAsCleanBuild();
    }

    @Test
    void overridingASiteTemplateRerendersThePagesAndNoPdf() throws IOException {
        Set<String> rerendered = rebuiltAfterOverriding("site/footer.ftlh", t -> t.replace("</footer>", "<p>Overridden footer</p></footer>"));
        assertThat(rerendered).contains("index.html", "board.html", "meetings/" + CHANGED_MEETING + "/index.html");
        assertThat(rerendered).noneMatch(p -> p.endsWith(".pdf") || p.startsWith("fragments/"));
        assertThat(Files.readString(site.resolve("index.html"))).contains("Overridden footer");
        assertSameAsCleanBuild();
    }

    @Test
    void overridingABoardPackTemplateRerendersThePacksAndNotTheConstitution() throws IOException {
        Set<String> rerendered = rebuiltAfterOverriding("board-pack/board-pack.css", t -> t + "\nh2 { letter-spacing: 0.01em; }\n");
        assertThat(rerendered).contains("documents/meetings/" + CHANGED_MEETING + ".pdf", "documents/meetings/board-2026-07-09.pdf");
        assertThat(rerendered).doesNotContain("documents/constitution.pdf", "documents/decision-map.pdf", "fragments/constitution.html");
        assertSameAsCleanBuild();
    }

    @Test
    void changingTheDefinitionRerendersEverything() throws IOException {
        Map<String, Object> before = inodes(site);
        km.write("ics.yaml", Files.readString(km.root().resolve("ics.yaml")) + "\n# a comment is a change too\n");
        build(true, new RecordingLog());
        Set<String> kept = new TreeSet<>(before.keySet());
        kept.removeAll(changed(before, inodes(site)));
        assertThat(kept).isEmpty();
    }

    @Test
    void aDamagedTraceCostsAFullBuildNotAWrongOne() throws IOException {
        Files.writeString(BuildTrace.fileFor(site), "{ not json");
        km.write(CHANGED_PAPER, "# Better Care Fund\n\nReplaced.\n");
        Map<String, Object> before = inodes(site);
        build(true, new RecordingLog());
        assertThat(changed(before, inodes(site))).containsAll(before.keySet());
        assertSameAsCleanBuild();
    }

    @Test
    void aRemovedOutputFileIsWrittenAgain() throws IOException {
        Files.delete(site.resolve("documents/constitution.pdf"));
        RecordingLog log = new RecordingLog();
        build(true, log);
        assertThat(site.resolve("documents/constitution.pdf")).isRegularFile();
        assertSameAs(pristineSite()); // the input is the example's, unchanged: the first build is its clean build
    }

    /** Overrides a built-in template with a changed copy, rebuilds, and says which files were written anew. */
    private Set<String> rebuiltAfterOverriding(String template, java.util.function.UnaryOperator<String> change) throws IOException {
        Map<String, Object> before = inodes(site);
        Path file = overrides.resolve(template);
        Files.createDirectories(file.getParent());
        try (var builtIn = getClass().getClassLoader().getResourceAsStream("org/icsdocs/templates/" + template)) {
            Files.writeString(file, change.apply(new String(builtIn.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        build(true, new RecordingLog());
        return changed(before, inodes(site));
    }

    /** Files every build writes afresh because they sum up every page: cheap, and never stale. */
    private static boolean siteWide(String path) {
        return path.startsWith("assets/") || List.of("search-index.json", "sitemap.xml", "feed.xml").contains(path)
                || path.startsWith("data/") || path.startsWith("open-data/") || path.startsWith("calendar/");
    }

    private String paperPage() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("meetings/" + CHANGED_MEETING))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("index.html") && !n.equals("minutes.html")) // the minutes page names the paper too
                    .filter(n -> {
                        try {
                            return Files.readString(site.resolve("meetings/" + CHANGED_MEETING + "/" + n)).contains("Better Care Fund");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .findFirst().orElseThrow();
        }
    }

    private void assertSameAsCleanBuild() throws IOException {
        Path clean = temp.resolve("clean/target/ics/site");
        GenerateOutcome outcome = new IcsDocs(new RecordingLog()).generate(request(clean, false));
        assertThat(outcome.generated()).isTrue();
        assertSameAs(clean);
    }

    private void assertSameAs(Path clean) throws IOException {
        Map<String, Object> files = inodes(clean);
        assertThat(inodes(site).keySet()).isEqualTo(files.keySet());
        for (String f : files.keySet()) {
            assertThat(Files.readAllBytes(site.resolve(f))).as(f).isEqualTo(Files.readAllBytes(clean.resolve(f)));
        }
    }

    private GenerateOutcome build(boolean incremental, RecordingLog log) {
        return new IcsDocs(log).generate(request(site, incremental));
    }

    private GenerateRequest request(Path into, boolean incremental) {
        return request(temp, km.root(), into, incremental);
    }

    private static GenerateRequest request(Path folder, Path definition, Path into, boolean incremental) {
        ValidateRequest validate = new ValidateRequest(folder.resolve("km"), definition, into.getParent(),
                BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.now()));
        return new GenerateRequest(validate, List.of(folder.resolve("km/src/main/ics-templates")), into, false, incremental);
    }

    private static Set<String> changed(Map<String, Object> before, Map<String, Object> after) {
        Set<String> out = new TreeSet<>();
        after.forEach((path, inode) -> {
            if (!inode.equals(before.get(path))) {
                out.add(path);
            }
        });
        return out;
    }

    private static Map<String, Object> inodes(Path root) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.getAttribute(p, "unix:ino"));
            }
        }
        return out;
    }
}
