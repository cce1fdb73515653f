package org.icsdocs.core.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.Numbering;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class DocumentFormatsTest {

    private static final DocumentFrame FRAME = new DocumentFrame("NHS Northshire and Riverton", "en-GB",
            "Illustrative content.", Instant.parse("2026-11-01T00:00:00Z"), "sample.pdf");

    private static DocumentFormats formats;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        TemplateEngine templates = TemplateEngine.builtIn();
        formats = new DocumentFormats(templates, DocumentFormats.pdfEngine(templates));
        pdf = formats.pdf(sample(), FRAME);
        try {
            // kept for people to look at: pdftoppm -png target/test-output/sample.pdf
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/test-output"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/test-output/sample.pdf"), pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RenderedDocument sample() {
        StringBuilder body = new StringBuilder("<nav class=\"toc\"><h2>Contents</h2></nav>");
        for (int s = 1; s <= 4; s++) {
            body.append("<section class=\"numbered\" id=\"part").append(s).append("\"><h2>Part ").append(s).append("</h2>");
            for (int c = 0; c < 24; c++) {
                body.append("<p class=\"clause\">The board of the integrated care board meets in public, and this clause says so at some length ")
                        .append("so that the part runs over more than one page of A4 paper.</p>");
            }
            body.append("<section class=\"numbered\" id=\"part").append(s).append("-detail\"><h3>Detail</h3><p>See <a class=\"xref\" href=\"#part1\"></a>.</p></section>");
            body.append("</section>");
        }
        body.append("<p>Papers may quote codes inline, such as <code>QKS</code> and <code>E54000032</code>, and in blocks:</p>")
                .append("<pre><code>icb: QKS\nons: E54000032</code></pre>");
        body.append("<table><caption>Board members</caption><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Role</th></tr></thead>")
                .append("<tbody><tr><th scope=\"row\">Alex Chair</th><td>Chair</td></tr></tbody></table>");
        body.append("<section class=\"diagram\"><figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"t\" viewBox=\"0 0 200 100\" width=\"200\" height=\"100\">")
                .append("<title id=\"t\">Structure of the system</title><rect x=\"10\" y=\"10\" width=\"80\" height=\"40\" fill=\"#005eb8\"/>")
                .append("<text x=\"20\" y=\"35\" font-family=\"Liberation Sans\" font-size=\"10\" fill=\"#ffffff\">Board</text></svg></figure></section>");
        Numbering.Result numbered = new Numbering().apply(body.toString());
        return new RenderedDocument("sample", "Sample document", "Version 1.0", numbered.html(), numbered.contents(), List.of());
    }

    @Test
    void producesPdfUa1() {
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void producesPdfA3a() {
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void printsCodeInTheEmbeddedMonospaceFace() throws IOException {
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(new PDFTextStripper().getText(doc)).contains("QKS").contains("icb: QKS");
        }
        assertThat(fonts).anyMatch(f -> f.contains("LiberationMono")).anyMatch(f -> f.contains("LiberationSans"));
    }

    @Test
    void rendersTheSameBytesEveryTime() {
        assertThat(formats.pdf(sample(), FRAME)).isEqualTo(pdf);
    }

    @Test
    void hasA4PagesARunningHeaderAndPageXOfY() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(doc);
            assertThat(second).contains("NHS Northshire and Riverton · Sample document").contains("Page 2 of " + pages);
        }
    }

    @Test
    void bookmarksEveryNumberedHeading() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDOutlineItem first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(first.getTitle()).isEqualTo("1 Part 1");
            assertThat(first.getFirstChild().getTitle()).isEqualTo("1.1 Detail");
            int count = 0;
            for (PDOutlineItem item = first; item != null; item = item.getNextSibling()) {
                count++;
            }
            assertThat(count).isEqualTo(4);
        }
    }

    @Test
    void datesThePdfWithTheBuildDateNotTheClock() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Sample document");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void printsTheContentsWithPageNumbers() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as a reader sees the page
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(doc)).containsPattern("1 Part 1[ .]*\\d+");
        }
    }
}
