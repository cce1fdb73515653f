package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.Definition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the Kent and Medway example's site contains, page by page. */
class ExampleSiteTest {

    private static Definition definition() {
        return ExampleSite.outcome().validation().definition().orElseThrow();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(ExampleSite.folder().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void writesAPageForEachPartOfTheSystemAndEachMeetingHeldInPublic() {
        Definition d = definition();
        List<String> pages = ExampleSite.pages();
        assertThat(pages).contains("index.html", "board.html", "committees/index.html", "icp.html", "places/index.html", "pcns.html",
                "collaboratives.html", "partners.html", "constitution.html", "decision-map.html", "register.html", "engagement.html",
                "documents.html", "search.html", "404.html", "meetings/index.html", "meetings/board-2026-09-10/index.html",
                "meetings/board-2026-09-10/3.1.html");
        d.committees().forEach(c -> assertThat(pages).contains("committees/" + c.id() + ".html"));
        d.places().forEach(p -> assertThat(pages).contains("places/" + p.id() + ".html"));
        assertThat(pages).noneMatch(p -> p.contains("audit-2026-10-15"));
        Path site = ExampleSite.folder();
        for (String file : List.of("sitemap.xml", "feed.xml", "search-index.json", "data/structure.json", "data/board.csv",
                "assets/nhsuk/nhsuk-frontend.min.css", "assets/nhsuk/nhsuk-frontend.min.js", "assets/nhsuk/LICENSE.txt")) {
            assertThat(site.resolve(file)).as(file).isRegularFile();
        }
    }

    @Test
    void eachPartnershipPageSaysWhichPartOfSevenoaksDistrictItCovers() throws IOException {
        assertThat(page("places/west-kent.html").select("main").text())
                .contains("Sevenoaks District Council (the district apart from Swanley and the villages in its north)");
        assertThat(page("places/dartford-gravesham-swanley.html").select("main").text())
                .contains("Sevenoaks District Council (Swanley and the surrounding villages in the north of the district)");
    }

    @Test
    void aMeetingPageLinksItsPackOnce() throws IOException {
        assertThat(page("meetings/board-2026-09-10/index.html").select("a[href$=board-2026-09-10.pdf]")).hasSize(1);
    }

    @Test
    void theBoardPageGivesEachMembersRoleTermAndDeclarations() throws IOException {
        Document board = page("board.html");
        for (BoardMember m : definition().board().members()) {
            String row = board.getElementById("member-" + m.person()).text();
            assertThat(row).contains(m.displayTitle());
            if (m.termStart() != null) {
                assertThat(row).contains(String.valueOf(m.termStart().getYear()));
            }
        }
        assertThat(board.select("a[href^=register.html#]")).isNotEmpty();
    }

    @Test
    void theBoardPageStatesTheJustifiedDepartureFromGuidance() throws IOException {
        assertThat(page("board.html").select(".nhsuk-warning-callout").text()).contains("Non-executives (chair and independent members) form a majority of the board")
                .contains("constitution approved by NHS England").doesNotContain("BRD-011");
        assertThat(page("engagement.html").text()).doesNotContain("BRD-011");
    }

    @Test
    void aCommitteePageGivesItsTermsOfReference() throws IOException {
        for (Committee c : definition().committees()) {
            Document doc = page("committees/" + c.id() + ".html");
            assertThat(doc.selectFirst("h1").text()).isEqualTo(c.name());
            c.responsibilities().forEach(r -> assertThat(doc.text()).contains(r));
        }
    }

    @Test
    void meetingsIndexListsOnlyMeetingsHeldInPublicAndTheirPacks() throws IOException {
        Document doc = page("meetings/index.html");
        assertThat(doc.select("a[href$=index.html]").eachAttr("href")).contains("../meetings/board-2026-09-10/index.html");
        assertThat(doc.html()).doesNotContain("audit-2026-10-15");
        Document meeting = page("meetings/board-2026-09-10/index.html");
        assertThat(meeting.select("a[href=../../documents/meetings/board-2026-09-10.pdf]")).isNotEmpty();
        assertThat(meeting.select("a[href=3.1.html]")).isNotEmpty();
    }

    @Test
    void constitutionAndDecisionMapEmbedTheirDocumentsAndLinkTheirFiles() throws IOException {
        Document constitution = page("constitution.html");
        assertThat(constitution.select("a[href=documents/constitution.pdf]")).isNotEmpty();
        assertThat(constitution.select(".ics-document section")).isNotEmpty();
        Document map = page("decision-map.html");
        assertThat(map.select("a[href=documents/decision-map.svg]")).isNotEmpty();
        assertThat(map.select(".ics-document svg")).isNotEmpty();
    }

    @Test
    void searchIndexSitemapFeedAndOpenDataNameTheSystemsParts() throws IOException {
        Path site = ExampleSite.folder();
        String index = Files.readString(site.resolve("search-index.json"), StandardCharsets.UTF_8);
        definition().committees().forEach(c -> assertThat(index).contains(c.name()));
        assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("committees/audit.html</loc>");
        assertThat(Files.readString(site.resolve("feed.xml"))).contains("meetings/board-2026-09-10/3.1.html").doesNotContain("audit-2026-10-15");
        assertThat(Files.readString(site.resolve("data/committees.csv"))).startsWith("id,name,kind").contains("audit,");
        assertThat(page("index.html").select("script[type=application/ld+json]").html()).contains("\"@context\":\"https://schema.org\"");
    }

    @Test
    void nothingIsLoadedFromTheInternet() throws IOException {
        for (String p : ExampleSite.pages()) {
            Document doc = page(p);
            assertThat(doc.select("link[href^=http], script[src^=http], img[src^=http]")).as(p).isEmpty();
        }
        assertThat(Files.readString(ExampleSite.folder().resolve("assets/nhsuk/nhsuk-frontend.min.css"))).doesNotContain("https://");
    }
}
