package org.icsdocs.core.render.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.TestPdfs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Board packs of the small Northshire fixture, changed one thing at a time. */
class BoardPackTest {

    static final String MEETING = "meetings[id=board-2026-09]";
    static final String FINANCE = MEETING + ".agenda[1].items[0]";
    static final String PRIMARY_CARE = MEETING + ".agenda[1].items[1]";

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    private static BoardPack pack(DefinitionFixture f) {
        return pack(f, PackOptions.DEFAULT);
    }

    private static BoardPack pack(DefinitionFixture f, PackOptions options) {
        return PackRendering.render(PackRendering.context(f.root()), "board-2026-09", options);
    }

    // Cover page ------------------------------------------------------------------------------

    @Test
    void printsTheIcbLogoOnTheCoverWhenTheDefinitionNamesOne() throws IOException {
        DefinitionFixture f = fixture();
        BufferedImage logo = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 40; y++) {
                logo.setRGB(x, y, 0x005eb8);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        Files.write(f.root().resolve("logo.png"), png.toByteArray());
        f.set("ics.logo", "logo.png");
        assertThat(imagesOnFirstPage(pack(f))).isEqualTo(1);
        assertThat(imagesOnFirstPage(pack(fixture()))).as("no logo named, none printed").isZero();
    }

    private static long imagesOnFirstPage(BoardPack pack) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pack.pdf())) {
            var resources = doc.getPage(0).getResources();
            long count = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    count++;
                }
            }
            return count;
        }
    }

    // Attached PDFs ---------------------------------------------------------------------------

    @Test
    void attachedFortyPagePdfAndTenMarkdownPapersRunInPageOrderWithContinuousNumbering() throws IOException {
        DefinitionFixture f = fixture();
        Files.write(f.root().resolve("meetings/papers/long-report.pdf"), attachment(40));
        f.set(FINANCE + ".paper", "papers/long-report.pdf");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            f.write("meetings/papers/paper-" + n + ".md", "# Paper " + n + "\n\n" + "A paragraph of the paper, long enough to wrap. ".repeat(40) + "\n");
            items.add(item("Report " + n, "papers/paper-" + n + ".md"));
        }
        f.add(MEETING + ".agenda", Map.of("title", "Reports", "items", items)); // with the primary care paper: ten in Markdown

        long started = System.nanoTime();
        BoardPack pack = pack(f);
        long millis = (System.nanoTime() - started) / 1_000_000;
        PackRendering.keep(pack, "attached-40-pages");
        System.out.println("board pack with a 40-page attachment and ten Markdown papers: " + pack.pages() + " pages, " + millis + " ms");

        List<String> pages = PackRendering.pages(pack.pdf());
        assertThat(pages).hasSize(pack.pages());
        for (int k = 1; k <= pages.size(); k++) {
            assertThat(pages.get(k - 1)).as("page " + k).contains("Page " + k + " of " + pages.size());
        }
        int cover = indexOf(pages, "Cover sheet for item 2.1");
        for (int n = 1; n <= 40; n++) {
            String page = pages.get(cover + n);
            assertThat(page).as("attachment page " + n).contains("long-report.pdf, page " + n + " of 40")
                    .contains("Attachment page " + n + " ")
                    .contains("Item 2.1 Finance report, month 5"); // the pack's running header, stamped on
        }
        assertThat(indexOf(pages, "Cover sheet for item 2.2")).isEqualTo(cover + 41);
        int previous = cover;
        for (int n = 1; n <= 9; n++) {
            int at = indexOf(pages, "Cover sheet for item 3." + n);
            assertThat(at).as("report " + n).isGreaterThan(previous);
            assertThat(pages.get(at + 1)).contains("Paper " + n);
            previous = at;
        }
        assertThat(KentAndMedwayPacksTest.printedPageNumbers(pack.pdf())).containsEntry("2.1", cover + 1).containsEntry("3.9", previous + 1);
        assertThat(pack.files()).containsKey("long-report.pdf");
        assertThat(Jsoup.parse(pack.papers().get("2.1.html")).select("a[href=documents/meetings/board-2026-09/long-report.pdf]").text())
                .isEqualTo("Read the paper: long-report.pdf (PDF, 40 pages)");
    }

    @Test
    void packWithAnAttachedPdfDoesNotClaimToBeTagged() throws IOException {
        DefinitionFixture f = fixture();
        Files.write(f.root().resolve("meetings/papers/long-report.pdf"), attachment(2));
        BoardPack markdownOnly = pack(f);
        BoardPack attached = pack(f.set(FINANCE + ".paper", "papers/long-report.pdf"));
        assertThat(markdownOnly.tagged()).isTrue();
        assertThat(attached.tagged()).isFalse();
        try (PDDocument a = Loader.loadPDF(markdownOnly.pdf()); PDDocument b = Loader.loadPDF(attached.pdf())) {
            assertThat(ConformanceClaims.claimsPdfUa(a)).isTrue();
            assertThat(ConformanceClaims.claimsPdfUa(b)).isFalse();
        }
    }

    @Test
    void attachedLandscapePageIsScaledIntoTheContentArea() throws IOException {
        DefinitionFixture f = fixture();
        Files.write(f.root().resolve("meetings/papers/wide.pdf"), attachment(1, new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth())));
        BoardPack pack = pack(f.set(FINANCE + ".paper", "papers/wide.pdf"));
        List<String> pages = PackRendering.pages(pack.pdf());
        int cover = indexOf(pages, "Cover sheet for item 2.1");
        assertThat(pages.get(cover + 1)).contains("Attachment page 1 ").contains("Page " + (cover + 2) + " of " + pages.size());
    }

    // Duplex ----------------------------------------------------------------------------------

    @Test
    void duplexStartsEveryPaperOnARightHandPage() {
        DefinitionFixture f = fixture();
        f.write("meetings/papers/finance-report.md", "# Finance report\n\n" + "A long paragraph about money. ".repeat(200));
        List<String> simplex = PackRendering.pages(pack(f).pdf());
        List<String> duplex = PackRendering.pages(pack(f, new PackOptions(true)).pdf());
        assertThat(indexOf(simplex, "Cover sheet for item 2.2") + 1).as("simplex: follows on").isEven();
        for (String item : List.of("2.1", "2.2")) {
            assertThat(indexOf(duplex, "Cover sheet for item " + item) + 1).as("duplex: item " + item).isOdd();
        }
        for (int k = 1; k <= duplex.size(); k++) {
            assertThat(duplex.get(k - 1)).contains("Page " + k + " of " + duplex.size());
        }
    }

    // Declarations and the register -------------------------------------------------------------

    @Test
    void declaredInterestsLandOnTheItemsTheyTouchAndNoOthers() {
        DefinitionFixture f = fixture();
        BoardPack before = pack(f);
        assertThat(declared(before, "2.2")).containsExactly("Dr Jo Practice");
        assertThat(declared(before, "2.1")).isEmpty();

        f.set("declarations[person=cfo]", Map.of("person", "cfo", "declared-on", "2026-04-01", "interests", List.of(Map.of(
                "type", "non-financial-professional", "organisation-name", "Chartered Institute of Public Finance", "nature", "Council member",
                "topics", List.of("finance"), "management", "Declares it at finance items; no conflict identified."))));
        f.remove("declarations[person=gp-partner].interests").set("declarations[person=gp-partner].nil", true);
        BoardPack after = pack(f);
        assertThat(declared(after, "2.1")).containsExactly("Finn Money");
        assertThat(Jsoup.parse(after.papers().get("2.1.html")).select("table.declarations td").eachText())
                .contains("Non-financial professional", "Chartered Institute of Public Finance", "Council member",
                        "Declares it at finance items; no conflict identified.");
        assertThat(declared(after, "2.2")).isEmpty();
    }

    @Test
    void aMeetingWithNoAttendanceYetShowsTheInterestsOfTheMembersExpected() {
        BoardPack pack = pack(fixture().remove(MEETING + ".attendance").set(MEETING + ".date", "2026-12-10"));
        assertThat(declared(pack, "2.2")).containsExactly("Dr Jo Practice");
        assertThat(Jsoup.parse(pack.papers().get("2.2.html")).select("p.note").text()).contains("No attendance is recorded yet");
    }

    @Test
    void registerListsEveryMemberAndFlagsADeclarationOverdueForReview() {
        DefinitionFixture f = fixture();
        String fresh = register(pack(f));
        // Words, not whole phrases: table cells wrap, and extracted text interleaves the columns.
        assertThat(fresh).contains("Alex Chair", "Finn Money", "Dr Jo Practice", "Partner at", "Leaves the room", "Nil declaration")
                .doesNotContain("Review overdue");

        String stale = register(pack(f.set("declarations[person=cfo].declared-on", "2025-03-01")));
        assertThat(stale).containsOnlyOnce("Review overdue");
        assertThat(stale).containsPattern("Finn Money [^·]*· Declared 1 March 2025 Review overdue\\. This declaration was due for review by 1 March 2026\\.");
    }

    @Test
    void aMemberWithNoDeclarationIsFlagged() {
        assertThat(register(pack(fixture().remove("declarations[person=cfo]")))).containsPattern("Finn Money .{0,80}No declaration\\.");
    }

    // The agenda and the papers -------------------------------------------------------------------

    @Test
    void anItemTakenInPrivateAtAPublicMeetingIsListedButItsPaperIsNotPublished() {
        BoardPack pack = pack(fixture().set(PRIMARY_CARE + ".private-reason", "Commercially confidential: contract negotiations."));
        assertThat(Jsoup.parse(pack.agenda()).select("tr#agenda-2-2 .withheld").text())
                .isEqualTo("Taken in private: Commercially confidential: contract negotiations.");
        assertThat(pack.papers()).containsOnlyKeys("2.1.html");
        assertThat(String.join(" ", PackRendering.pages(pack.pdf()))).doesNotContain("Cover sheet for item 2.2");
    }

    @Test
    void markdownPapersKeepTablesListsImagesAndFootnotes() throws IOException {
        DefinitionFixture f = fixture();
        Files.createDirectories(f.root().resolve("meetings/papers/img"));
        Files.write(f.root().resolve("meetings/papers/img/chart.png"), png());
        f.write("meetings/papers/finance-report.md", """
                # Finance report

                The position is on plan.[^1]

                | Line | Plan | Actual |
                | --- | --- | --- |
                | Acute | £10m | £11m |

                - first point
                - second point

                ![Spending by month](img/chart.png)

                ![Missing chart](img/nowhere.png)

                [^1]: Figures are unaudited.
                """);
        BoardPack pack = pack(f);
        Document web = Jsoup.parse(pack.papers().get("2.1.html"));
        assertThat(web.select(".paper table th[scope=col]").eachText()).containsExactly("Line", "Plan", "Actual");
        assertThat(web.select(".paper li").eachText()).contains("first point", "second point");
        assertThat(web.select(".paper img").attr("src")).isEqualTo("documents/meetings/board-2026-09/chart.png");
        assertThat(web.select(".paper .missing-image").text()).isEqualTo("[image not included: Missing chart]");
        assertThat(web.select(".paper [id]").eachAttr("id")).allSatisfy(id -> assertThat(id).startsWith("paper-2-1-"));
        assertThat(pack.files()).containsKey("chart.png");
        String text = String.join(" ", PackRendering.pages(pack.pdf()));
        assertThat(text).contains("Figures are unaudited.", "Acute £10m £11m", "second point", "[image not included: Missing chart]");
    }

    @Test
    void theAgendaFollowsTheDefinition() {
        DefinitionFixture f = fixture();
        assertThat(Jsoup.parse(pack(f).agenda()).select("td.title").eachText()).doesNotContain("Any other business");
        f.add(MEETING + ".agenda", Map.of("title", "Closing", "items", List.of(Map.of("title", "Any other business", "kind", "verbal",
                "purpose", "information", "presenter", "chair", "start", "12:50", "minutes", 10))));
        Document agenda = Jsoup.parse(pack(f).agenda());
        assertThat(agenda.select("tr.section th").eachText()).containsExactly("1. Formalities", "2. Finance and performance", "3. Closing");
        assertThat(agenda.select("tr#agenda-3-1").text()).contains("3.1", "Any other business", "Verbal", "Information", "Alex Chair", "12:50–13:00");
    }

    // -----------------------------------------------------------------------------------------------

    private static Map<String, Object> item(String title, String paper) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", title);
        item.put("kind", "enclosure");
        item.put("purpose", "information");
        item.put("presenter", "ceo");
        item.put("paper", paper);
        item.put("cover", Map.of("author", "ceo", "summary", "A report for information.", "recommendation", "The board is asked to note it."));
        return item;
    }

    private static List<String> declared(BoardPack pack, String item) {
        return Jsoup.parse(pack.papers().get(item + ".html")).select("table.declarations th[scope=row]").eachText();
    }

    private static String register(BoardPack pack) {
        List<String> pages = PackRendering.pages(pack.pdf());
        return String.join(" ", pages.subList(indexOf(pages, "Register of interests Interests declared"), pages.size()));
    }

    static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page has '" + text + "'");
    }

    static byte[] attachment(int pages) throws IOException {
        return TestPdfs.pages(pages, PDRectangle.A4);
    }

    static byte[] attachment(int pages, PDRectangle size) throws IOException {
        return TestPdfs.pages(pages, size);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 60; y++) {
                image.setRGB(x, y, y > 60 - x / 2 ? 0x005eb8 : 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
