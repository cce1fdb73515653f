package org.icsdocs.core.render.amendment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.constitution.ConstitutionRenderer;
import org.icsdocs.core.render.constitution.ReviewEdition;
import org.icsdocs.core.render.docx.LibreOffice;
import org.icsdocs.core.render.pdf.PdfConformance;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Kent and Medway's version 1.6 in progress against its approved snapshot of version 1.5: the
 * redline shows this corrections and the dated changes (the Surrey and Sussex merger,
 * specialised services, the senior independent member's role), and nothing else; its PDF
 * conforms like the other PDFs, and its Word edition has one tracked change per marked change.
 * Writes the editions to {@code target/test-output/review/} to look at.
 */
class KentAndMedwayAmendmentTest {

    private static final Path OUT = Path.of("target/test-output/review");
    private static final DocumentFrame FRAME = new DocumentFrame("NHS Kent and Medway", "en-GB", null,
            Instant.parse("2026-11-01T00:00:00Z"), "constitution-redline.pdf");

    private static Redline.Result redline;
    private static Document html;
    private static byte[] pdf;
    private static byte[] docx;
    private static byte[] reviewPdf;
    private static RenderedDocument review;

    @BeforeAll
    static void render(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        DefinitionFixture fixture = DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km"));
        Outcome outcome = fixture.validate();
        TemplateEngine templates = TemplateEngine.builtIn();
        RenderContext context = RenderContext.of(outcome.load().definition().orElseThrow(), outcome.report(), DefinitionFixture.AS_OF, templates, fixture.root());
        RenderedDocument constitution = new ConstitutionRenderer().render(context);
        redline = new Amendments().redline(context, constitution).orElseThrow();
        html = Jsoup.parseBodyFragment(redline.document().bodyHtml());
        DocumentFormats formats = new DocumentFormats(templates, DocumentFormats.pdfEngine(templates));
        pdf = formats.pdf(redline.document(), FRAME);
        docx = formats.docx(redline.document(), FRAME);
        review = new ReviewEdition().render(context, constitution);
        reviewPdf = formats.pdf(review, FRAME);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("constitution-redline.pdf"), pdf);
        Files.write(OUT.resolve("constitution-redline.docx"), docx);
        Files.writeString(OUT.resolve("constitution-redline.html"), formats.page(redline.document(), FRAME), StandardCharsets.UTF_8);
        Files.write(OUT.resolve("constitution-review.pdf"), reviewPdf);
        StringBuilder summary = new StringBuilder();
        redline.summary().forEach(r -> summary.append(r.section()).append('\t').append(r.number()).append(' ').append(r.heading()).append('\t')
                .append(r.change()).append('\n'));
        Files.writeString(OUT.resolve("summary.txt"), summary.toString());
    }

    @Test
    void theRedlineChangesOnlyTheSectionsThisVersionAmends() {
        // Each is this correction (roles for names, joint nomination, the model's criteria and
        // processes, one term per role, no dated figures), the dated changes (merger, specialised
        // services and their joint committee, the senior independent member, the placements budget delegated
        // to the collaborative's lead provider, the reserved decisions of the scheme), the version's own status, or a departure from
        // guidance now stated in words (local-authorities). Section 2 takes the model's three subsections:
        // the local ones (executive-members, other-members) go, their clauses unchanged under board-membership,
        // so the approved 1.5 snapshot stays as approved and only the removed headings show.
        assertThat(redline.summary()).extracting(Redline.SummaryRow::section).containsExactlyInAnyOrder(
                "status", "board-membership", "partner-members", "executive-members", "independent-members", "other-members", "eligibility", "disqualification",
                "appointment-chair", "appointment-chief-executive", "appointment-partner-nhs-trusts", "appointment-partner-primary-medical-services",
                "appointment-partner-local-authority", "appointment-medical-director", "appointment-director-of-nursing",
                "appointment-director-of-finance", "appointment-independent-non-executive", "suspension-and-removal", "terms-of-office",
                "general", "committee-audit", "committee-ipph", "committee-primary-care", "committee-quality", "committee-remuneration",
                "joint-committees", "place-dartford-gravesham-swanley", "place-east-kent", "place-medway-swale", "place-west-kent",
                "collaborative-km-mhlda-collaborative", "nhs-england", "local-authorities", "financial-instructions", "declaring-interests", "employees", "definitions", "version-history",
                // the reviewer's corrections of December 2026: the area clause's verb, the statutory minimum, the quorum a
                // majority, meetings in public and publications as the model's section 7, the plan, section 9, the seal
                "area", "composition-background", "quorum", "meetings-in-public", "publications", "joint-forward-plan", "public-involvement", "so-seal",
                // what the governance handbook holds (the model's 1.7)
                "related-documents");
        assertThat(redline.summary()).filteredOn(r -> r.section().equals("terms-of-office")).singleElement()
                .satisfies(r -> assertThat(r.number() + " " + r.heading()).isEqualTo("3.13 Terms of appointment"));
    }

    @Test
    void theSummaryGivesEachChangesOldWordingNewWordingAndReason() {
        var table = html.selectFirst("table.change-summary");
        assertThat(table.select("thead th").eachText()).containsExactly("Section and passage", "Wording in version 1.5",
                "Wording proposed in version 1.6", "Reason");
        assertThat(table.text()).doesNotContain("entries");
        var quorum = table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().startsWith("5.2 Quorum")).toList();
        assertThat(quorum).anySatisfy(r -> {
            assertThat(r.select("td").get(0).text()).contains("seven voting members");
            assertThat(r.select("td").get(1).text()).contains("eight voting members");
            assertThat(r.select("td").get(2).text()).contains("seven was half the board");
        });
    }

    @Test
    void theRedlineShowsTheMergerSpecialisedServicesAndTheSeniorIndependentMember() {
        String inserted = String.join(" ", html.select("ins").eachText());
        String deleted = String.join(" ", html.select("del").eachText());
        assertThat(inserted).contains("specialised services", "supports NHS England's regional director");
        assertThat(deleted).contains("Heartlands", "leads the board's annual appraisal of the chair", "Harriet Quayle");
        Document current = html.clone();
        current.select("del").remove();
        assertThat(current.select("p.redline-item").eachText()).anySatisfy(p -> assertThat(p)
                .contains("with NHS Surrey and Sussex Integrated Care Board", "NHS Kent and Medway and NHS Surrey and Sussex ICBs"));
        assertThat(redline.summary()).filteredOn(r -> r.section().equals("joint-committees")).singleElement()
                .extracting(Redline.SummaryRow::reason).asString().contains("Surrey and Sussex ICB replaced");
    }

    @Test
    void insertionsAndDeletionsAreMarkedByFormNotColourAlone() {
        assertThat(html.select("ins")).hasSize(redline.insertions());
        assertThat(html.select("del")).hasSize(redline.deletions());
        String css = new String(TemplateEngine.builtIn().asset(Redline.STYLESHEET), StandardCharsets.UTF_8);
        assertThat(css).contains("ins, .key-ins { text-decoration: underline;", "del, .key-del { text-decoration: line-through;");
    }

    @Test
    void theRedlinePdfIsPdfUa1AndPdfA3a() throws Exception {
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Summary of changes");
        }
    }

    @Test
    void theReviewEditionPdfIsPdfUa1AndPdfA3aAndLabelsEveryClause() throws Exception {
        assertThat(PdfConformance.failures(reviewPdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfConformance.failures(reviewPdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        Document r = Jsoup.parseBodyFragment(review.bodyHtml());
        assertThat(r.select("p.clause")).allSatisfy(p -> assertThat(p.select("span.basis").text()).matches("(Required by statute|Model text|Local choice): .+"));
        assertThat(r.getElementById("removal-of-chair").text()).contains("Required by statute: NHS Act 2006 Sch. 1B para 6");
    }

    @Test
    void theWordRedlineHasOneTrackedChangePerMarkedChangeAndOpensInLibreOffice(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        int ins = 0;
        int del = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                ins += p.getCTP().sizeOfInsArray();
                del += p.getCTP().sizeOfDelArray();
            }
            for (var t : doc.getTables()) {
                for (var row : t.getRows()) {
                    for (var cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            ins += p.getCTP().sizeOfInsArray();
                            del += p.getCTP().sizeOfDelArray();
                        }
                    }
                }
            }
        }
        assertThat(ins).isEqualTo(redline.insertions()).isPositive();
        assertThat(del).isEqualTo(redline.deletions()).isPositive();
        Path file = Files.write(temp.resolve("constitution-redline.docx"), docx);
        LibreOffice.Conversion c = LibreOffice.toPdf(file, temp.resolve("lo"));
        assertThat(c.succeeded()).as("soffice: exit %d, %s", c.exitCode(), c.output()).isTrue();
        Files.copy(c.pdf(), OUT.resolve("constitution-redline.libreoffice.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
