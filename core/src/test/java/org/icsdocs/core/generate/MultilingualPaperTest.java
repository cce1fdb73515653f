package org.icsdocs.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper with a remote image, raw HTML and names in Chinese, Arabic and Greek: the build warns at
 * the Markdown's line and column, and the pack prints the names in embedded fallback faces, so the
 * text taken back out of the PDF is the names exactly (never "#").
 */
class MultilingualPaperTest {

    private static final String CHINESE = "王小明";
    private static final String ARABIC = "مريم الحسن";
    private static final String GREEK = "Ελένη Παπαδοπούλου";
    private static final String LONG_URL = "https://www.example.org/" + "listeningevents2026".repeat(10) + "results.pdf";
    private static final String PAPER = """
            # Community voices

            Thanks to %s, %s and %s for the listening events.

            ![Attendance chart](https://example.org/chart.png)

            <div style="color:red">Draft</div>

            | Source | Address |
            |---|---|
            | Survey | %s |
            """.formatted(CHINESE, ARABIC, GREEK, LONG_URL);

    @TempDir
    Path temp;

    @Test
    void warnsAtTheMarkdownAndPrintsEveryScriptOfTheNames() throws Exception {
        DefinitionFixture f = DefinitionFixture.northshire(temp).write("meetings/papers/finance-report.md", PAPER);
        Outcome outcome = f.validate();
        List<Diagnostic> found = outcome.findings("STR-005");
        assertThat(found).extracting(d -> d.location().file() + ":" + d.location().line() + ":" + d.location().column())
                .containsExactly("meetings/papers/finance-report.md:5:1", "meetings/papers/finance-report.md:7:1");
        assertThat(outcome.all()).noneMatch(d -> d.severity() == org.icsdocs.core.diagnostic.Severity.ERROR);

        Path site = temp.resolve("site");
        new Generator(Documents.standard(), BuildLog.silent()).generate(outcome.load().definition().orElseThrow(), outcome.report(),
                BoardPackGenerationTest.DATE.instant(), f.root(), List.of(), site);
        Path pack = site.resolve("documents/meetings/board-2026-09.pdf");

        try (PDDocument pdf = Loader.loadPDF(pack.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(CHINESE, GREEK).doesNotContain("#");
            assertThat(fontNames(pdf)).anyMatch(n -> n.contains("NotoSansArabic")).anyMatch(n -> n.contains("DroidSansFallback"))
                    .allMatch(n -> n.matches("[A-Z]{6}\\+.*"));
        }
        try (PDDocument pdf = Loader.loadPDF(pack.toFile())) {
            assertThat(rightmostGlyph(pdf)).as("every glyph inside the page (a long address wraps in its cell)")
                    .isLessThan(pdf.getPage(0).getMediaBox().getWidth());
        }
        String poppler = pdftotext(pack);
        assertThat(poppler).contains(CHINESE, ARABIC, GREEK);
    }

    /** How far right any glyph on any page reaches. */
    private static float rightmostGlyph(PDDocument pdf) throws IOException {
        float[] max = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                max[0] = Math.max(max[0], text.getXDirAdj() + text.getWidthDirAdj());
            }
        };
        stripper.getText(pdf);
        return max[0];
    }

    private static List<String> fontNames(PDDocument pdf) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                names.add(font.getName());
            }
        }
        return names;
    }

    /** Poppler's pdftotext, as a reader's tools would take the text out; skipped where it is not installed. */
    private static String pdftotext(Path pdf) throws Exception {
        Path out = pdf.resolveSibling("pack.txt");
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), out.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("pdftotext (poppler-utils) is not installed");
            return "";
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(out);
    }
}
