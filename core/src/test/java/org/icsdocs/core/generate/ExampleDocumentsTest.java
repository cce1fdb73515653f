package org.icsdocs.core.generate;

import org.icsdocs.core.build.GeneratedFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsdocs.core.api.GenerateOutcome;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.render.pdf.PdfConformance;
import org.icsdocs.core.site.ExampleSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The documents of the Kent and Medway example, generated as a user's build would. */
class ExampleDocumentsTest {

    @TempDir
    static Path temp;

    static GenerateOutcome first;
    static Path site;

    /** The build the site's tests share (once per test JVM): the same request a user's build makes. */
    @BeforeAll
    static void generate() {
        site = ExampleSite.folder();
        first = ExampleSite.outcome();
    }

    static GenerateOutcome generate(Path siteFolder) {
        return ExampleSite.generate(siteFolder, List.of());
    }

    private static Definition definition() {
        return first.validation().definition().orElseThrow();
    }

    private static String text(String pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(site.resolve("documents/" + pdf).toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void generatesEveryDocumentAsPageFragmentAndPdf() {
        assertThat(first.generated()).isTrue();
        assertThat(first.files()).extracting(GeneratedFile::path).contains(
                "documents/constitution.html", "documents/constitution.pdf", "fragments/constitution.html",
                "documents/decision-map.html", "documents/decision-map.pdf", "documents/decision-map.svg", "fragments/decision-map.html",
                "documents/scheme-of-delegation.html", "documents/scheme-of-delegation.pdf", "documents/scheme-of-delegation.docx",
                "fragments/scheme-of-delegation.html", "scheme-of-delegation.html", "who-can-approve.html",
                "data/scheme-of-delegation.csv", "data/scheme-of-delegation.json",
                "documents/meetings/board-2026-09-10.pdf", "fragments/meetings/board-2026-09-10/agenda.html",
                "fragments/meetings/board-2026-09-10/3.1.html");
        // the audit committee meets in private: its pack is not published
        assertThat(first.files()).extracting(GeneratedFile::path).noneMatch(p -> p.contains("audit-2026-10-15"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"constitution.pdf", "decision-map.pdf", "scheme-of-delegation.pdf", "governance-handbook.pdf"})
    void pdfsAreTaggedForAccessibility(String pdf) throws IOException {
        assertThat(PdfConformance.failures(Files.readAllBytes(site.resolve("documents/" + pdf)), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"constitution.pdf", "decision-map.pdf", "scheme-of-delegation.pdf", "governance-handbook.pdf"})
    void pdfsAreArchivable(String pdf) throws IOException {
        assertThat(PdfConformance.failures(Files.readAllBytes(site.resolve("documents/" + pdf)), PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void thePublishedConstitutionIsMarkedAsADraftNamesEveryCommitteeAndNoPerson() throws IOException {
        // Version 1.6 awaits NHS England's approval: it is published marked as a draft, naming the version in force.
        String text = text("constitution.pdf");
        assertThat(text).contains("Draft: not yet approved", "The version in force is version 1.5");
        for (var person : definition().people()) {
            assertThat(text).as("person " + person.name()).doesNotContain(person.name());
        }
        for (Committee c : definition().committees()) {
            assertThat(text).as("committee " + c.name()).contains(c.name());
        }
    }

    @Test
    void decisionMapTableNamesEveryCommitteeAndFunction() throws IOException {
        String text = text("decision-map.pdf");
        for (var f : definition().functions()) {
            assertThat(text).as("function " + f.id()).contains(f.id());
        }
        for (var d : definition().delegations()) {
            if (d.to() != null && definition().committees().stream().anyMatch(c -> c.id().equals(d.to()))) {
                String name = definition().committees().stream().filter(c -> c.id().equals(d.to())).findFirst().orElseThrow().name();
                assertThat(text).as("committee " + name).contains(name);
            }
        }
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path second = temp.resolve("b/site");
        generate(second);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Path twin = second.resolve(site.relativize(f).toString());
            assertThat(Files.readAllBytes(twin)).as(site.relativize(f).toString()).isEqualTo(Files.readAllBytes(f));
        }
    }
}
