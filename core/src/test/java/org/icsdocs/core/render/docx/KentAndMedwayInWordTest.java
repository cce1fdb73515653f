package org.icsdocs.core.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.constitution.ConstitutionRenderer;
import org.icsdocs.core.render.decisionmap.DecisionMapRenderer;
import org.icsdocs.core.render.scheme.SchemeRenderer;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's constitution and decision map in all three forms: the constitution names no one
 * in any of them, the Word documents carry the HTML's headings and clause numbers, and LibreOffice
 * (standing in for the reviewer's Word) opens them. Writes the files to {@code target/test-output/}.
 */
class KentAndMedwayInWordTest {

    private static final Path OUT = Path.of("target/test-output/word");
    private static final DocumentFrame FRAME = new DocumentFrame("NHS Kent and Medway", "en-GB", null,
            Instant.parse("2026-11-01T00:00:00Z"), "constitution.pdf");

    private static Definition definition;
    private static RenderedDocument constitution;
    private static RenderedDocument decisionMap;
    private static byte[] constitutionDocx;
    private static byte[] decisionMapDocx;
    private static byte[] schemeDocx;
    private static byte[] constitutionPdf;

    @BeforeAll
    static void render(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        DefinitionFixture fixture = DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km"));
        Outcome outcome = fixture.validate();
        definition = outcome.load().definition().orElseThrow();
        TemplateEngine templates = TemplateEngine.builtIn();
        RenderContext context = RenderContext.of(definition, outcome.report(), DefinitionFixture.AS_OF, templates, fixture.root());
        constitution = new ConstitutionRenderer().render(context);
        decisionMap = new DecisionMapRenderer().render(context);
        DocumentFormats formats = new DocumentFormats(templates, DocumentFormats.pdfEngine(templates));
        constitutionDocx = formats.docx(constitution, FRAME);
        decisionMapDocx = formats.docx(decisionMap, FRAME);
        schemeDocx = formats.docx(new SchemeRenderer().render(context), FRAME);
        constitutionPdf = formats.pdf(constitution, FRAME);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("constitution.docx"), constitutionDocx);
        Files.write(OUT.resolve("decision-map.docx"), decisionMapDocx);
        Files.write(OUT.resolve("scheme-of-delegation.docx"), schemeDocx);
        Files.write(OUT.resolve("constitution.pdf"), constitutionPdf);
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void theConstitutionNamesNoPersonInHtmlPdfOrWord() throws IOException {
        String html = Jsoup.parseBodyFragment(constitution.bodyHtml()).text();
        String pdf;
        try (PDDocument doc = Loader.loadPDF(constitutionPdf)) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        String word;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(open(constitutionDocx))) {
            word = extractor.getText();
        }
        assertThat(definition.people()).isNotEmpty();
        for (Person p : definition.people()) {
            assertThat(html).as("HTML").doesNotContain(p.name());
            assertThat(pdf).as("PDF text").doesNotContain(p.name());
            assertThat(word).as("Word text").doesNotContain(p.name());
        }
        assertThat(word).contains("Only NHS England may remove the chair"); // the extraction itself worked
    }

    @Test
    void theWordConstitutionHasTheHtmlsHeadingsAndClauseNumbers() throws IOException {
        Document html = Jsoup.parseBodyFragment(constitution.bodyHtml());
        List<String> htmlHeadings = html.select("section.numbered > h2, section.numbered > h3, section.numbered > h4").eachText();
        List<String> htmlClauses = html.select("span.clause-number").eachText();
        try (XWPFDocument doc = open(constitutionDocx)) {
            // The numbers Word shows come from its list (numbering.xml); typed ones only where Word's count cannot give them.
            List<String> labels = WordListLabels.of(doc);
            List<String> wordHeadings = new java.util.ArrayList<>();
            List<String> wordClauses = new java.util.ArrayList<>();
            int fromList = 0;
            for (int i = 0; i < doc.getParagraphs().size(); i++) {
                XWPFParagraph p = doc.getParagraphs().get(i);
                String label = labels.get(i);
                fromList += label.isEmpty() ? 0 : 1;
                if (p.getStyle() != null && p.getStyle().startsWith("Heading") && !p.getText().equals("Contents")) {
                    wordHeadings.add(label.isEmpty() ? p.getText() : label + " " + p.getText());
                } else if ("Clause".equals(p.getStyle())) {
                    wordClauses.add(label.isEmpty() ? p.getText().split("\t", 2)[0] : label);
                }
            }
            assertThat(wordHeadings).isEqualTo(htmlHeadings);
            assertThat(wordClauses).isEqualTo(htmlClauses);
            assertThat(wordClauses).hasSizeGreaterThan(100);
            assertThat(fromList).as("numbers taken from Word's list").isGreaterThan(htmlClauses.size() * 3 / 4);
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getNumPr().getIlvl().getVal().intValue()).isEqualTo(1);
            assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
        }
    }

    @Test
    void theWordDecisionMapCarriesTheChartWithAlternativeTextOnALandscapePage() throws IOException {
        String alt = Jsoup.parseBodyFragment(decisionMap.bodyHtml()).selectFirst("svg title").text();
        try (XWPFDocument doc = open(decisionMapDocx)) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(new String(decisionMapDocx, java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEmpty();
            var docPr = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> !r.getEmbeddedPictures().isEmpty())
                    .findFirst().orElseThrow().getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            assertThat(docPr.getDescr()).isEqualTo(alt);
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            assertThat(doc.getTables()).isNotEmpty();
        }
    }

    @Test
    void libreOfficeOpensEveryWordDocument(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        List<String> names = List.of("constitution.docx", "decision-map.docx", "scheme-of-delegation.docx");
        List<Path> docxs = new java.util.ArrayList<>();
        for (String name : names) {
            docxs.add(Files.copy(OUT.resolve(name), temp.resolve(name)));
        }
        List<LibreOffice.Conversion> conversions = LibreOffice.toPdf(docxs, temp.resolve("lo"));
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            LibreOffice.Conversion c = conversions.get(i);
            assertThat(c.succeeded()).as("soffice --convert-to pdf %s: exit %d, %s", name, c.exitCode(), c.output()).isTrue();
            try (PDDocument pdf = Loader.loadPDF(c.pdf().toFile())) {
                assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains(name.startsWith("constitution") ? "Disqualification criteria for board membership"
                        : name.startsWith("scheme") ? "Matters reserved to the board" : "Functions");
                if (name.startsWith("constitution")) {
                    // LibreOffice draws the list's numbers: the heading's number comes from numbering.xml, not the text.
                    assertThat(text).containsPattern("3\\.2\\s+Disqualification criteria for board membership");
                }
            }
            Files.copy(c.pdf(), OUT.resolve(name.replace(".docx", ".libreoffice.pdf")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
