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
import org.icsdocs.core.testing.OptionalTools;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.icsdocs.core.render.pdf.PdfConformance;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A paper with a remote image, raw HTML and names in Chinese, Arabic and Greek: the build warns at
 * the Markdown's line and column, and the pack prints the names in embedded fallback faces, so the
 * text taken back out of the PDF is the names exactly (never "#").
 */
class MultilingualPaperTest {

    private static final String CHINESE = "王小明";
    private static final String ARABIC = "مريم الحسن";
    private static final String GREEK = "Ελένη Παπαδοπούλου";
    private static final String HINDI = "प्रिया शर्मा";
    private static final String BENGALI = "রহিম উদ্দিন";
    private static final String PUNJABI = "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ";
    /**
     * How "مريم الحسن" is written joined, letter by letter in Unicode's Arabic Presentation Forms-B:
     * meem initial, reh final, yeh initial, meem final; alef isolated, lam initial, hah medial, seen medial, noon final.
     */
    private static final String ARABIC_JOINED = "\uFEE3\uFEAE\uFEF3\uFEE2\uFE8D\uFEDF\uFEA4\uFEB4\uFEE6";
    private static final String LONG_URL = "https://www.example.org/" + "listeningevents2026".repeat(10) + "results.pdf";
    private static final String PAPER = """
            # Community voices

            Thanks to %s, %s and %s for the listening events.

            Also to %s, %s and %s.

            ![Attendance chart](https://example.org/chart.png)

            <div style="color:red">Draft</div>

            | Source | Address |
            |---|---|
            | Survey | %s |
            """.formatted(CHINESE, ARABIC, GREEK, HINDI, BENGALI, PUNJABI, LONG_URL);

    @TempDir
    Path temp;

    @Test
    void warnsAtTheMarkdownAndPrintsEveryScriptOfTheNames() throws Exception {
        OptionalTools.requireCjkFont();
        DefinitionFixture f = DefinitionFixture.northshire(temp).write("meetings/papers/finance-report.md", PAPER);
        Outcome outcome = f.validate();
        List<Diagnostic> found = outcome.findings("STR-005");
        assertThat(found).extracting(d -> d.location().file() + ":" + d.location().line() + ":" + d.location().column())
                .containsExactly("meetings/papers/finance-report.md:7:1", "meetings/papers/finance-report.md:9:1");
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
        assertThat(PdfConformance.failures(Files.readAllBytes(pack), PDFAFlavour.PDFUA_1)).as("every glyph, shaped ones too, has its text").isEmpty();
        String poppler = pdftotext(pack);
        // pdftotext folds the joined Arabic forms back to the letters typed
        assertThat(poppler).contains(CHINESE, ARABIC, GREEK, PUNJABI);
    }

    @Test
    void arabicLettersPrintJoined() throws Exception {
        DefinitionFixture f = DefinitionFixture.northshire(temp).write("meetings/papers/finance-report.md", "# Thanks\n\nThanks to " + ARABIC + ".\n");
        Outcome outcome = f.validate();
        Path site = temp.resolve("site");
        new Generator(Documents.standard(), BuildLog.silent()).generate(outcome.load().definition().orElseThrow(), outcome.report(),
                BoardPackGenerationTest.DATE.instant(), f.root(), List.of(), site);
        try (PDDocument pdf = Loader.loadPDF(site.resolve("documents/meetings/board-2026-09.pdf").toFile())) {
            List<Integer> drawn = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    if (text.getFont().getName().contains("NotoSansArabic") && !text.getUnicode().isBlank()) {
                        for (int code : text.getCharacterCodes()) {
                            drawn.add(code);
                        }
                    }
                }
            };
            stripper.getText(pdf);
            // drawn right to left, the name's last letter first (its full stop drawn after it); each code is the glyph's id in the face (PDFBox keeps them in the subset)
            java.util.Collections.reverse(drawn);
            assertThat(drawn).containsSequence(glyphsOf(ARABIC_JOINED));
        }
        // and the joined forms read back as the letters typed
        assertThat(pdftotext(site.resolve("documents/meetings/board-2026-09.pdf"))).contains(ARABIC);
    }

    @Test
    void saysACharacterNoFontHasPrintsAsTheHashThePackShows() throws Exception {
        // an emoji and a Mongolian letter: no embedded face has either
        DefinitionFixture f = DefinitionFixture.northshire(temp).write("meetings/papers/finance-report.md",
                "# Thanks\n\nWell done \uD83D\uDE00 to all.\n\nAnd \u182E to the volunteers.\n");
        Outcome outcome = f.validate();
        assertThat(outcome.findings("STR-005")).extracting(d -> d.location().line() + ": " + d.message())
                .containsExactly("3: The character '\uD83D\uDE00' (U+1F600 GRINNING FACE) is in no embedded font: the PDFs would print '#' in its place",
                        "5: The character '\u182E' (U+182E MONGOLIAN LETTER MA) is in no embedded font: the PDFs would print '#' in its place");
        Path site = temp.resolve("site");
        new Generator(Documents.standard(), BuildLog.silent()).generate(outcome.load().definition().orElseThrow(), outcome.report(),
                BoardPackGenerationTest.DATE.instant(), f.root(), List.of(), site);
        try (PDDocument pdf = Loader.loadPDF(site.resolve("documents/meetings/board-2026-09.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // the '#' is drawn in a run of its own: read it where it stands on the line
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Well done # to all.", "And # to the volunteers.");
        }
    }

    /** Noto Sans Arabic's glyph for each character. */
    private static List<Integer> glyphsOf(String text) throws IOException {
        byte[] face = org.icsdocs.core.render.TemplateEngine.builtIn().asset("fonts/NotoSansArabic-Regular.ttf");
        try (var ttf = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(face))) {
            var cmap = ttf.getUnicodeCmapLookup(false);
            return text.codePoints().map(cmap::getGlyphId).boxed().toList();
        }
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

    /** Poppler's pdftotext, as a reader's tools would take the text out; the test is skipped where it is not installed. */
    private static String pdftotext(Path pdf) throws Exception {
        Path out = pdf.resolveSibling("pack.txt");
        Process p = new ProcessBuilder(OptionalTools.require(OptionalTools.Tool.PDFTOTEXT).toString(), "-enc", "UTF-8", pdf.toString(), out.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(out);
    }
}
