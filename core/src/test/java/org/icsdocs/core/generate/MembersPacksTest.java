package org.icsdocs.core.generate;

import org.icsdocs.core.build.GeneratedFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.api.GenerateOutcome;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.RecordingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting held in private gets its pack too, for the members, in a folder of its own beside the
 * site: nothing of it is ever written into the site folder, which is published as it is.
 */
class MembersPacksTest {

    /** The example's audit committee meets in private. */
    private static final String PRIVATE_MEETING = "audit-2026-10-15";

    @TempDir
    Path temp;

    @Test
    void aMeetingHeldInPrivateGetsAPackOutsideTheSite() throws IOException {
        DefinitionFixture km = DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km/src/main/ics"));
        Path site = temp.resolve("km/target/ics/site");
        GenerateOutcome outcome = generate(km, site);

        Path pack = temp.resolve("km/target/ics/private/documents/meetings/" + PRIVATE_MEETING + ".pdf");
        assertThat(pack).isRegularFile();
        assertThat(outcome.members()).anyMatch(f -> f.path().equals("documents/meetings/" + PRIVATE_MEETING + ".pdf") && f.pages() > 3);
        try (PDDocument pdf = Loader.loadPDF(pack.toFile())) {
            // the committee reviews the registers of gifts and hospitality, sponsorship and procurement decisions: its pack prints them
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Audit").contains("Register of interests", "Register of gifts and hospitality",
                    "Register of sponsorship", "Register of procurement decisions", "Two tickets to a county cricket match");
            List<String> marks = new java.util.ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(b -> marks.add(b.getTitle()));
            assertThat(marks).endsWith("Register of interests", "Register of gifts and hospitality", "Register of sponsorship", "Register of procurement decisions");
        }
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            assertThat(files).noneMatch(p -> p.toString().contains(PRIVATE_MEETING));
            for (Path p : files.stream().filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".json")).toList()) {
                assertThat(Files.readString(p)).as(site.relativize(p).toString()).doesNotContain(PRIVATE_MEETING + ".pdf");
            }
        }
        assertThat(temp.resolve("km/target/ics/private/fragments")).doesNotExist();

        RecordingLog log = new RecordingLog();
        GenerateOutcome again = new IcsDocs(log).generate(request(km, site));
        assertThat(log.infos()).anyMatch(l -> l.contains("nothing has changed since the last build"));
        assertThat(again.members()).extracting(GeneratedFile::path).containsExactlyElementsOf(outcome.members().stream().map(GeneratedFile::path).toList());
    }

    private GenerateOutcome generate(DefinitionFixture km, Path site) {
        GenerateOutcome outcome = new IcsDocs(new RecordingLog()).generate(request(km, site));
        assertThat(outcome.generated()).isTrue();
        return outcome;
    }

    private GenerateRequest request(DefinitionFixture km, Path site) {
        return new GenerateRequest(new ValidateRequest(temp.resolve("km"), km.root(), site.getParent(),
                BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.now())), List.of(), site);
    }
}
