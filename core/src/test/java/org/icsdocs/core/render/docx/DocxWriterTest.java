package org.icsdocs.core.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.icsdocs.core.render.Numbering;
import org.icsdocs.core.render.RenderedDocument;
import org.junit.jupiter.api.Test;

class DocxWriterTest {

    private static final DocxWriter.Metadata META = new DocxWriter.Metadata("NHS Northshire", "en-GB", Instant.parse("2026-11-01T00:00:00Z"), false);

    private static RenderedDocument sample(String extra) {
        String body = "<nav class=\"toc\"><h2>Contents</h2></nav>"
                + "<section class=\"numbered\" id=\"intro\"><h2>Introduction</h2>"
                + "<p class=\"clause\">The ICB is <strong>established</strong> by order.</p>"
                + "<section class=\"numbered\" id=\"name\"><h3>Name</h3><p class=\"clause\">The name is NHS Northshire, see <a class=\"xref\" href=\"#intro\"></a>.</p>"
                + "<ol class=\"lettered\"><li>first;</li><li>second.</li></ol></section></section>"
                + "<table><caption>Roles</caption><thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Number</th></tr></thead>"
                + "<tbody><tr class=\"group\"><th colspan=\"2\">Executive</th></tr><tr><th scope=\"row\">Chair</th><td>1</td></tr></tbody></table>"
                + "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\"><title>Structure of the system</title>"
                + "<rect x=\"10\" y=\"10\" width=\"80\" height=\"40\" fill=\"#005eb8\"/></svg></figure>" + extra;
        Numbering.Result n = new Numbering().apply(body);
        return new RenderedDocument("sample", "Sample document", "Version 1.0", n.html(), n.contents(), List.of());
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void headingsUseWordsHeadingStylesAndClausesKeepTheirNumbers() throws IOException {
        try (XWPFDocument doc = open(new DocxWriter().write(sample(""), META))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> labels = WordListLabels.of(doc);
            // As Word shows them: the list's number, then a tab, then the text.
            List<String> shown = java.util.stream.IntStream.range(0, ps.size())
                    .mapToObj(i -> labels.get(i).isEmpty() ? ps.get(i).getText() : labels.get(i) + "\t" + ps.get(i).getText()).toList();
            assertThat(ps.get(0).getStyle()).isEqualTo("Title");
            assertThat(styled(ps, shown, "Heading1")).containsExactly("1\tIntroduction");
            // Word counts clause 1.1 and subsection 1.1 together, so the subsection keeps its number as typed text.
            assertThat(styled(ps, shown, "Heading2")).containsExactly("1.1 Name");
            assertThat(labels.get(ps.indexOf(ps.stream().filter(p -> "Heading2".equals(p.getStyle())).findFirst().orElseThrow()))).isEmpty();
            assertThat(styled(ps, shown, "Clause"))
                    .containsExactly("1.1\tThe ICB is established by order.", "1.1.1\tThe name is NHS Northshire, see section 1.");
            assertThat(ps.stream().filter(p -> "Clause".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .as("clause numbers come from Word's list, not typed").noneMatch(t -> t.startsWith("1."));
            assertThat(ps.stream().filter(p -> "ListParagraph".equals(p.getStyle())).map(XWPFParagraph::getText)).containsExactly("(a)\tfirst;", "(b)\tsecond.");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
        }
    }

    private static List<String> styled(List<XWPFParagraph> ps, List<String> shown, String style) {
        return java.util.stream.IntStream.range(0, ps.size()).filter(i -> style.equals(ps.get(i).getStyle())).mapToObj(shown::get).toList();
    }

    @Test
    void aRedlineKeepsItsTypedNumbersBecauseTheyBelongToTwoVersions() throws IOException {
        try (XWPFDocument doc = open(new DocxWriter().write(sample("<p class=\"clause\"><span class=\"clause-number\">1.2 </span><ins>New</ins></p>"), META))) {
            assertThat(WordListLabels.of(doc)).allMatch(String::isEmpty);
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText)).containsExactly("1 Introduction");
        }
    }

    @Test
    void tablesAreRealTablesWithARepeatingHeaderRow() throws IOException {
        try (XWPFDocument doc = open(new DocxWriter().write(sample(""), META))) {
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getRow(1).isRepeatHeader()).isFalse();
            assertThat(t.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("Role", "Number");
            assertThat(t.getRow(1).getTableCells()).hasSize(1); // the group heading spans both columns
            assertThat(t.getRow(2).getTableCells()).extracting(c -> c.getText()).containsExactly("Chair", "1");
        }
    }

    @Test
    void aDiagramIsAPictureWithItsTitleAsAlternativeText() throws IOException {
        try (XWPFDocument doc = open(new DocxWriter().write(sample(""), META))) {
            assertThat(doc.getAllPictures()).hasSize(1);
            var docPr = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> !r.getEmbeddedPictures().isEmpty())
                    .findFirst().orElseThrow().getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            assertThat(docPr.getDescr()).isEqualTo("Structure of the system");
        }
    }

    @Test
    void titleLanguageAndFontAreSetAsInThePdf() throws Exception {
        try (XWPFDocument doc = open(new DocxWriter().write(sample(""), META))) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Sample document");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-GB");
            String styles = new String(doc.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/styles.xml"))
                    .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(styles).contains("<w:lang w:val=\"en-GB\"/>", "w:ascii=\"Liberation Sans\"");
        }
    }

    @Test
    void insAndDelBecomeTrackedChangesOneForOne() throws IOException {
        String redline = "<p class=\"amended\">Terms are <del>three to five</del><ins>four</ins> years, <ins>renewable <em>once</em></ins>.</p>";
        byte[] docx = new DocxWriter().write(sample(redline), META);
        try (XWPFDocument doc = open(docx)) {
            XWPFParagraph p = doc.getParagraphs().stream().filter(x -> !x.getCTP().getInsList().isEmpty()).findFirst().orElseThrow();
            assertThat(p.getCTP().getInsList()).hasSize(2);
            assertThat(p.getCTP().getDelList()).hasSize(1);
            assertThat(p.getCTP().getDelArray(0).getRArray(0).getDelTextArray(0).getStringValue()).isEqualTo("three to five");
            assertThat(p.getCTP().getInsArray(0).getAuthor()).isEqualTo(DocxWriter.CHANGE_AUTHOR);
            String xml = p.getCTP().xmlText();
            assertThat(xml.indexOf("three to five")).isLessThan(xml.indexOf("four")).isLessThan(xml.indexOf("renewable"));
        }
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        assertThat(new DocxWriter().write(sample(""), META)).isEqualTo(new DocxWriter().write(sample(""), META));
    }
}
