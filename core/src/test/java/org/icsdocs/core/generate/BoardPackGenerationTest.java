package org.icsdocs.core.generate;

import org.icsdocs.core.build.GeneratedFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.render.RenderException;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.TestPdfs;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator publishes a board pack per meeting beside the documents, all or nothing. */
class BoardPackGenerationTest {

    static final BuildDate DATE = BuildDate.resolve("2026-11-01T00:00:00Z", null, java.time.Instant.EPOCH);

    @TempDir
    Path temp;

    private static List<GeneratedFile> generate(DefinitionFixture f, Outcome outcome, Path site) {
        return new Generator(Documents.standard(), BuildLog.silent()).generate(outcome.load().definition().orElseThrow(), outcome.report(),
                DATE.instant(), f.root(), List.of(), site);
    }

    @Test
    void publishesThePackItsAgendaAndPapersAndTheFilesTheyLinkTo() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Files.write(f.root().resolve("meetings/papers/report.pdf"), TestPdfs.pages(3, PDRectangle.A4));
        f.set("meetings[id=board-2026-09].agenda[1].items[1].paper", "papers/report.pdf");
        Path site = temp.resolve("site");
        List<GeneratedFile> files = generate(f, f.validate(), site);
        assertThat(files).extracting(GeneratedFile::path).contains(
                "documents/meetings/board-2026-09.pdf",
                "documents/meetings/board-2026-09/report.pdf",
                "fragments/meetings/board-2026-09/agenda.html",
                "fragments/meetings/board-2026-09/2.1.html",
                "fragments/meetings/board-2026-09/2.2.html",
                "documents/constitution.pdf");
        assertThat(files).filteredOn(g -> g.path().equals("documents/meetings/board-2026-09.pdf")).singleElement()
                .satisfies(g -> assertThat(g.pages()).isGreaterThan(5));
        assertThat(Files.readAllBytes(site.resolve("documents/meetings/board-2026-09/report.pdf")))
                .isEqualTo(Files.readAllBytes(f.root().resolve("meetings/papers/report.pdf")));
        assertThat(Files.readString(site.resolve("fragments/meetings/board-2026-09/agenda.html"))).contains("Primary care access recovery plan");
    }

    @Test
    void aMeetingHeldInPrivateHasNoPackPapersOrPagesInTheSiteFolder() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        f.set("meetings[id=board-2026-09].in-public", false);
        f.set("meetings[id=board-2026-09].private-reason", "Commercially confidential business.");
        Path site = temp.resolve("site");
        List<GeneratedFile> files = generate(f, f.validate(), site);
        assertThat(files).extracting(GeneratedFile::path).noneMatch(p -> p.contains("board-2026-09"));
        try (Stream<Path> all = Files.walk(site)) {
            assertThat(all.map(Path::toString)).noneMatch(p -> p.contains("board-2026-09"));
        }

        f.set("meetings[id=board-2026-09].in-public", true);
        assertThat(generate(f, f.validate(), temp.resolve("public"))).extracting(GeneratedFile::path)
                .contains("documents/meetings/board-2026-09.pdf", "meetings/board-2026-09/index.html");
    }

    @Test
    void aPackThatFailsLeavesThePreviousSiteFolderAsItWas() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Files.write(f.root().resolve("meetings/papers/report.pdf"), TestPdfs.pages(3, PDRectangle.A4));
        f.set("meetings[id=board-2026-09].agenda[1].items[1].paper", "papers/report.pdf");
        Path site = temp.resolve("site");
        Outcome outcome = f.validate();
        generate(f, outcome, site);
        Map<String, byte[]> before = snapshot(site);

        // The file is broken after validation passed it, as if edited during the build.
        Files.writeString(f.root().resolve("meetings/papers/report.pdf"), "%PDF-1.7 truncated");
        assertThatThrownBy(() -> generate(f, outcome, site)).isInstanceOf(RenderException.class).hasMessageContaining("papers/report.pdf");

        Map<String, byte[]> after = snapshot(site);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".staging-"));
        }
    }

    private static Map<String, byte[]> snapshot(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
