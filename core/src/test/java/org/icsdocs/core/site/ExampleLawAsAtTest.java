package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsdocs.core.diagnostic.Severity;
import org.junit.jupiter.api.Test;

/** Kent and Medway as at its build date: valid under the law in force, and naming no body that no longer exists. */
class ExampleLawAsAtTest {

    @Test
    void theExampleValidatesWithNoErrorsAsAtItsBuildDate() {
        var validation = ExampleSite.outcome().validation();

        assertThat(validation.asAt()).hasToString("2026-11-01");
        assertThat(validation.count(Severity.ERROR)).isZero();
        assertThat(validation.summary()).endsWith("as at 2026-11-01");
    }

    @Test
    void noPublicPageDataFileOrPdfNamesABodyDissolvedBeforeTheBuildDate() throws IOException {
        List<String> dissolved = ExampleSite.outcome().validation().definition().orElseThrow().organisations().stream()
                .filter(o -> !o.existsOn(ExampleSite.DATE.date()))
                .flatMap(o -> Stream.of(o.name(), o.shortName()))
                .filter(n -> n != null)
                .toList();
        assertThat(dissolved).as("the example keeps the ICBs merged in 2026 for the records that name them")
                .contains("NHS Sussex Integrated Care Board", "NHS Surrey Heartlands");

        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ExampleSite.folder())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = text(file);
                dissolved.stream().filter(text::contains).forEach(n -> offending.add(file.getFileName() + ": " + n));
            }
        }
        assertThat(offending).isEmpty();
    }

    private static String text(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
        }
        if (name.endsWith(".html") || name.endsWith(".json") || name.endsWith(".csv") || name.endsWith(".xml") || name.endsWith(".ics")) {
            return Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        }
        return "";
    }

}
