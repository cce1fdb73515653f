package org.icsdocs.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsdocs.core.render.docx.LibreOffice;
import org.icsdocs.core.site.ExampleSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kent and Medway's governance handbook: one document that assembles the constitution, the scheme
 * of reservation and delegation, the standing financial instructions, the committees' terms of
 * reference and the registers, each reading exactly as its own page does. (Its PDF/UA-1 and
 * PDF/A-3a conformance is tested with the other documents in {@link ExampleDocumentsTest}.)
 */
class GovernanceHandbookTest {

    static Path site;

    @BeforeAll
    static void generate() {
        site = ExampleSite.folder();
        assertThat(ExampleSite.outcome().generated()).isTrue();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    private static Document handbook() throws IOException {
        return Jsoup.parseBodyFragment(Files.readString(site.resolve("fragments/governance-handbook.html"), StandardCharsets.UTF_8));
    }

    @Test
    void bookmarksNameEveryPartAndEveryCommittee() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("documents/governance-handbook.pdf").toFile())) {
            List<String> parts = new ArrayList<>();
            PDOutlineItem committees = null;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                parts.add(item.getTitle());
                if (item.getTitle().contains("Terms of reference")) {
                    committees = item;
                }
            }
            assertThat(parts).containsExactly("Part 1: Constitution and standing orders", "Part 2: Scheme of reservation and delegation",
                    "Part 3: Standing Financial Instructions", "Part 4: Terms of reference of the committees", "Part 5: Registers");
            List<String> names = new ArrayList<>();
            committees.children().forEach(c -> names.add(c.getTitle()));
            assertThat(names).contains("4.1 Audit and Risk Committee").hasSize(ExampleSite.outcome().validation().definition().orElseThrow().committees().size());
        }
    }

    @Test
    void termsOfReferenceAndRegistersReadAsOnTheirOwnPages() throws IOException {
        Document handbook = handbook();
        Element audit = handbook.getElementById("tor-audit");
        assertThat(audit).isNotNull();
        String inHandbook = audit.nextElementSiblings().select("dl.nhsuk-summary-list").first().text();
        String onPage = page("committees/audit.html").selectFirst("main dl.nhsuk-summary-list").text();
        assertThat(inHandbook).isEqualTo(onPage).contains("Chair");
        for (String register : List.of("gifts-and-hospitality", "sponsorship")) {
            String rows = handbook.getElementById(register).nextElementSiblings().select("table").first().select("tbody").text();
            String pageRows = page("gifts-and-hospitality.html").getElementById(register).nextElementSiblings().select("table").first().select("tbody").text();
            assertThat(rows).as(register).isNotBlank().isEqualTo(pageRows);
        }
        assertThat(handbook.getElementById("psr-2026-003").nextElementSibling().text())
                .isEqualTo(page("procurement.html").getElementById("psr-2026-003").nextElementSibling().text())
                .contains("Left the meeting for the item", "Scheme of reservation and delegation: Award a contract for health care services by direct award process A, B or C");
    }

    @Test
    void theConstitutionPartIsTheConstitutionInForceWithItsStandingOrders() throws IOException {
        Document constitution = Jsoup.parseBodyFragment(Files.readString(site.resolve("fragments/constitution.html"), StandardCharsets.UTF_8));
        Element part = handbook().getElementById("part-constitution");
        for (Element heading : constitution.select("section.numbered > h2")) {
            assertThat(part.text()).contains(heading.text());
        }
        assertThat(part.text()).contains("Standing orders");
        // each part's anchors are its own: no id is used twice across the parts
        List<String> ids = handbook().select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void thePublicReadsNoIdentifiers() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(site.resolve("documents/governance-handbook.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Register of gifts and hospitality", "Declined", "Two tickets to a county cricket match")
                .doesNotContain("psr-2026-003", "psr-direct-award", "gh-2026-002", "dir-governance", "DECLINED", "MOST_SUITABLE");
    }

    @Test
    void aPackPrintsOnlyTheRegistersItsMeetingReviews() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("documents/meetings/board-2026-09-10.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Register of interests").doesNotContain("Register of gifts and hospitality");
        }
    }

    @Test
    void libreOfficeOpensTheHandbookInWord(@TempDir Path temp) throws Exception {
        Path docx = Files.copy(site.resolve("documents/governance-handbook.docx"), temp.resolve("governance-handbook.docx"));
        LibreOffice.Conversion c = LibreOffice.toPdf(docx, temp.resolve("lo"));
        assertThat(c.succeeded()).as("soffice --convert-to pdf: exit %d, %s", c.exitCode(), c.output()).isTrue();
        try (PDDocument pdf = Loader.loadPDF(c.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Register of procurement decisions", "Terms of reference of the committees");
        }
    }
}
