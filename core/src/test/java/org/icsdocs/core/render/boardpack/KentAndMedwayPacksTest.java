package org.icsdocs.core.render.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.pdf.PdfConformance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The board packs of the Kent and Medway example: every meeting's pack, rendered once. */
class KentAndMedwayPacksTest {

    static final List<String> MEETINGS = List.of("board-2026-07-09", "board-2026-09-10", "board-2026-11-05", "audit-2026-10-15");
    private static final Pattern COVER_SHEET = Pattern.compile("Cover sheet for item (\\S+)");

    static RenderContext context;
    static final Map<String, BoardPack> packs = new LinkedHashMap<>();
    static final Map<String, Long> millis = new LinkedHashMap<>();

    @BeforeAll
    static void render() {
        context = PackRendering.context(PackRendering.EXAMPLE);
        for (String id : MEETINGS) {
            long started = System.nanoTime();
            BoardPack pack = PackRendering.render(context, id, PackOptions.DEFAULT);
            millis.put(id, (System.nanoTime() - started) / 1_000_000);
            packs.put(id, pack);
            PackRendering.keep(pack, id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"board-2026-07-09", "board-2026-09-10", "board-2026-11-05", "audit-2026-10-15"})
    void packIsPdfUa1Compliant(String id) {
        assertThat(packs.get(id).tagged()).isTrue();
        assertThat(PdfConformance.failures(packs.get(id).pdf(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"board-2026-07-09", "board-2026-09-10", "board-2026-11-05", "audit-2026-10-15"})
    void agendaPrintsThePageOnWhichEachEnclosureStarts(String id) throws IOException {
        BoardPack pack = packs.get(id);
        List<String> pages = PackRendering.pages(pack.pdf());
        Map<String, Integer> starts = new LinkedHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Matcher m = COVER_SHEET.matcher(pages.get(p));
            while (m.find()) {
                starts.putIfAbsent(m.group(1), p + 1);
            }
        }
        Map<String, Integer> printed = printedPageNumbers(pack.pdf());
        List<String> enclosures = enclosures(id);
        assertThat(enclosures).isNotEmpty();
        assertThat(starts.keySet()).containsExactlyElementsOf(enclosures);
        assertThat(printed).isEqualTo(starts);
    }

    @Test
    void pagesRunInOrderWithPageXOfYAndTheItemInTheRunningHeader() {
        List<String> pages = PackRendering.pages(packs.get("board-2026-09-10").pdf());
        for (int p = 1; p <= pages.size(); p++) {
            assertThat(pages.get(p - 1)).as("page " + p).contains("Page " + p + " of " + pages.size());
        }
        String primaryCare = pages.stream().filter(t -> t.contains("Cover sheet for item 3.1")).findFirst().orElseThrow();
        assertThat(primaryCare).contains("NHS Kent and Medway Board · 10 September 2026 · Item 3.1 Primary care access");
        assertThat(pages.get(1)).contains("NHS Kent and Medway Board · Thursday 10 September 2026 · Agenda");
        assertThat(pages.get(pages.size() - 1)).contains("Register of interests");
    }

    @Test
    void theResolutionExcludingThePublicSharesItsPageWithTheFirstItemTakenInPrivate() {
        List<String> pages = PackRendering.pages(packs.get("board-2026-11-05").pdf());
        List<String> withResolution = pages.stream().filter(t -> t.contains("Resolution to exclude the public")).toList();
        assertThat(withResolution).hasSize(1);
        String page = withResolution.get(0);
        // on the page of the item it precedes, and the whole resolution on that one page (not split, not alone)
        assertThat(page).contains("Award of the community diagnostic", "Taken in private", "section 1(2)");
        int resolution = page.indexOf("Resolution to exclude the public");
        assertThat(resolution).isLessThan(page.indexOf("Award of the community diagnostic"));
        assertThat(PackRendering.pages(packs.get("board-2026-09-10").pdf())).noneMatch(t -> t.contains("Resolution to exclude the public"));
    }

    @Test
    void coverPageNamesTheMeeting() {
        String cover = PackRendering.pages(packs.get("board-2026-09-10").pdf()).get(0);
        assertThat(cover).contains("NHS Kent and Medway Integrated Care Board", "NHS Kent and Medway Board", "Board meeting held in public",
                "Thursday 10 September 2026", "Next meeting", "5 November 2026", "10:00 to 13:00", "Council Chamber, Gun Wharf", "Harriet Quayle");
        String audit = PackRendering.pages(packs.get("audit-2026-10-15").pdf()).get(0);
        assertThat(audit).contains("Audit and Risk Committee", "Held in private", "Committees of the board meet in private");
    }

    @Test
    void bookmarksEverySectionAndItem() throws IOException {
        Meeting meeting = PackRendering.meeting(context, "board-2026-09-10");
        try (PDDocument doc = Loader.loadPDF(packs.get("board-2026-09-10").pdf())) {
            List<String> top = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (PDOutlineItem o = doc.getDocumentCatalog().getDocumentOutline().getFirstChild(); o != null; o = o.getNextSibling()) {
                top.add(o.getTitle());
                for (PDOutlineItem c = o.getFirstChild(); c != null; c = c.getNextSibling()) {
                    items.add(c.getTitle());
                }
            }
            assertThat(top).startsWith("Cover", "Agenda", "1 Formalities").endsWith("Minutes of the previous meeting", "Action log", "Register of interests");
            assertThat(items).hasSize(meeting.items().size()).contains("3.1 Primary care access and general practice resilience plan");
        }
    }

    @Test
    void declaredInterestsAppearOnTheItemsTheyTouch() {
        Document primaryCare = Jsoup.parse(packs.get("board-2026-09-10").papers().get("3.1.html"));
        assertThat(primaryCare.select("table.declarations th[scope=row]").eachText()).contains("Dr Owain Thackeray");
        Document finance = Jsoup.parse(packs.get("board-2026-09-10").papers().get("5.2.html"));
        assertThat(finance.select("table.declarations")).isEmpty();
        assertThat(finance.text()).contains("No interest declared by anyone at the meeting touches this item.");
    }

    @Test
    void previousMinutesAlreadyOnTheAgendaAreReferredToNotRepeated() {
        List<String> pages = PackRendering.pages(packs.get("board-2026-09-10").pdf());
        String minutes = pages.stream().filter(t -> t.contains("Minutes of the previous meeting")).reduce((a, b) -> b).orElseThrow();
        assertThat(minutes).contains("The minutes of that meeting are a paper on this agenda: item 1.3, from page 3.");
    }

    @Test
    void theMinutesSectionPrintsThePreviousMeetingsNumberedResolutions() {
        String text = String.join("\n", PackRendering.pages(packs.get("board-2026-09-10").pdf()));
        String resolutions = text.substring(text.indexOf("Resolutions of that meeting"), text.indexOf("Actions still open from earlier meetings"));
        assertThat(resolutions).contains("R26/07", "R26/08", "R26/09", "R26/10", "R26/11", "R26/12", "Approved;", "Noted;", "by consensus")
                .doesNotContain("R26/13");
    }

    @Test
    void theActionLogFollowsEachActionByItsLastingNumberUntilItIsClosed() {
        String text = String.join("\n", PackRendering.pages(packs.get("board-2026-11-05").pdf()));
        String log = text.substring(text.indexOf("Actions still open from earlier meetings"), text.indexOf("Register of interests", text.indexOf("Actions still open")));
        // open from July and September under the numbers they were given there (cells wrap, so words are checked, not phrases)
        assertThat(log).contains(" A4 ", " A5 ", " A7 ", " A8 ", " A9 ", "winter plan", "six-month review", "(KMPT)");
        // closed at the previous meeting (A1, A6): shown once more, as closed; closed in July (A2, A3): gone from the log
        assertThat(log).contains(" A1 ", " A6 ", "Closed 10").doesNotContain(" A2 ", " A3 ");
    }

    @Test
    void webFragmentsCarryTheAgendaAndEveryPaper() {
        BoardPack pack = packs.get("board-2026-09-10");
        Document agenda = Jsoup.parse(pack.agenda());
        Meeting meeting = PackRendering.meeting(context, "board-2026-09-10");
        for (AgendaItem item : meeting.items()) {
            assertThat(agenda.select("table.agenda td.title").eachText()).anySatisfy(t -> assertThat(t).startsWith(item.title()));
        }
        assertThat(agenda.select("a[href$=.pdf]")).as("the meeting's page links the pack, once; the agenda does not repeat it").isEmpty();
        assertThat(pack.papers().keySet()).containsExactly("1.3.html", "1.4.html", "2.1.html", "2.2.html", "3.1.html", "4.1.html", "5.1.html",
                "5.2.html", "6.1.html");
        Document finance = Jsoup.parse(pack.papers().get("5.2.html"));
        assertThat(finance.select("h2").text()).isEqualTo("Finance report: month 4, 2026/27");
        assertThat(finance.select("table.cover-sheet caption").text()).isEqualTo("Cover sheet for item 5.2");
        assertThat(finance.select(".paper h3").eachText()).contains("Finance report: month 4, 2026/27");
        assertThat(finance.select(".paper table td").eachText()).contains("Continuing healthcare");
        assertThat(finance.select(".running-header")).as("no print furniture on the web").isEmpty();
    }

    @Test
    void rendersTheSameBytesTwice() {
        BoardPack again = PackRendering.render(context, "board-2026-09-10", PackOptions.DEFAULT);
        assertThat(again.pdf()).isEqualTo(packs.get("board-2026-09-10").pdf());
        assertThat(again.agenda()).isEqualTo(packs.get("board-2026-09-10").agenda());
    }

    @Test
    void reportsPagesAndTime() {
        // Not an assertion on speed: the measurements the build notes quote.
        packs.forEach((id, pack) -> System.out.println("board pack " + id + ": " + pack.pages() + " pages, " + millis.get(id) + " ms"));
        assertThat(packs.values()).allSatisfy(p -> assertThat(p.pages()).isGreaterThan(5));
    }

    private static List<String> enclosures(String id) {
        Meeting meeting = PackRendering.meeting(context, id);
        // a paper taken in the private part of a meeting held in public is withheld from its pack
        return meeting.items().stream().filter(i -> i.paper() != null && !(meeting.isPublic() && i.privateReason() != null))
                .map(meeting::numberOf).toList();
    }

    /** The page number printed in each agenda row, read from inside the row's page link. */
    static Map<String, Integer> printedPageNumbers(byte[] pdf) throws IOException {
        Pattern title = Pattern.compile("Page on which item (\\S+) starts");
        Map<String, Integer> printed = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDPage page = doc.getPage(p);
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                List<String> regions = new ArrayList<>();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getContents() != null) {
                        Matcher m = title.matcher(link.getContents());
                        if (m.matches()) {
                            var r = link.getRectangle();
                            float height = page.getMediaBox().getHeight();
                            stripper.addRegion(m.group(1), new Rectangle2D.Float(r.getLowerLeftX() - 1, height - r.getUpperRightY() - 1,
                                    r.getWidth() + 2, r.getHeight() + 2));
                            regions.add(m.group(1));
                        }
                    }
                }
                stripper.extractRegions(page);
                for (String item : regions) {
                    printed.put(item, Integer.parseInt(stripper.getTextForRegion(item).strip()));
                }
            }
        }
        return printed;
    }
}
