package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a page becomes search entries: sections of embedded documents, headings, body and cover sheets kept apart. */
class SearchIndexTest {

    private static final SitePage PAGE = new SitePage("constitution.html", "Constitution", "How the ICB is run.", "site/pages/constitution.ftlh",
            "documents.html", List.of(), Map.of(), List.of());

    private static String page(String main) {
        return "<!DOCTYPE html><html><body><header><nav>Menu</nav></header><main id=\"maincontent\">" + main + "</main><footer>Footer</footer></body></html>";
    }

    @Test
    void aDocumentsSectionsWithAnchorsBecomeEntriesLinkedToTheirAnchor() {
        List<SearchIndex.Entry> entries = SearchIndex.entries(PAGE, page("<h1>Constitution</h1><p>Lede.</p><div class=\"ics-document\">"
                + "<nav class=\"toc\"><a href=\"#conflicts\">6 Conflicts of interest</a></nav>"
                + "<section id=\"conflicts\"><h2>6 Conflicts of interest</h2><p>Members declare interests.</p>"
                + "<section id=\"at-meetings\"><h3>6.1 At meetings</h3><p>The chair asks.</p><h4>Minutes</h4><p>Recorded.</p></section></section>"
                + "</div>"));

        assertThat(entries).extracting(SearchIndex.Entry::url).containsExactly("constitution.html", "constitution.html#conflicts",
                "constitution.html#at-meetings");
        SearchIndex.Entry whole = entries.get(0);
        assertThat(whole.text()).as("the contents list only repeats the headings").isEqualTo("Lede.");
        assertThat(whole.summary()).isEqualTo("How the ICB is run.");
        SearchIndex.Entry conflicts = entries.get(1);
        assertThat(conflicts.title()).isEqualTo("6 Conflicts of interest");
        assertThat(conflicts.page()).isEqualTo("Constitution");
        assertThat(conflicts.text()).isEqualTo("Members declare interests.");
        SearchIndex.Entry meetings = entries.get(2);
        assertThat(meetings.headings()).isEqualTo("Minutes");
        assertThat(meetings.text()).isEqualTo("The chair asks. Recorded.");
    }

    @Test
    void headingsOutsideADocumentStayInThePagesEntry() {
        List<SearchIndex.Entry> entries = SearchIndex.entries(PAGE, page("<h1>Register</h1><h2 id=\"ceo\">Chief executive</h2><p>No interests.</p>"));

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.headings()).isEqualTo("Chief executive");
            assertThat(e.text()).isEqualTo("No interests.");
        });
    }

    @Test
    void aCoverSheetIsSecondaryTextNotBody() {
        List<SearchIndex.Entry> entries = SearchIndex.entries(PAGE, page("<div class=\"ics-document\"><div class=\"cover-sheet\">"
                + "<table><tr><th>Conflicts of interest</th><td>None</td></tr></table></div><p>The winter plan.</p></div>"));

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.cover()).isEqualTo("Conflicts of interest None");
            assertThat(e.text()).isEqualTo("The winter plan.");
        });
    }

    @Test
    void wordsInAdjacentCellsAndParagraphsStayApart() {
        SearchIndex.Entry e = SearchIndex.entries(PAGE, page("<table><tr><td>East</td><td>Kent</td></tr></table><p>One</p><p>Two</p>")).get(0);
        assertThat(e.text()).isEqualTo("East Kent One Two");
    }

    @Test
    void aLongSectionIsCutAtAWord() {
        String words = "interest ".repeat(2000);
        SearchIndex.Entry e = SearchIndex.entries(PAGE, page("<p>" + words + "</p>")).get(0);
        assertThat(e.text().length()).isLessThanOrEqualTo(SearchIndex.MAX_TEXT);
        assertThat(e.text()).endsWith("interest");
    }

    @Test
    void theJsonLeavesOutTheSearchPageAndEmptyParts() {
        SitePage search = new SitePage("search.html", "Search", "", "site/pages/search.ftlh", "", List.of(), Map.of(), List.of());
        List<SearchIndex.Entry> entries = new java.util.ArrayList<>(SearchIndex.entries(search, page("<p>Search this site</p>")));
        entries.addAll(SearchIndex.entries(PAGE, page("<p>Body.</p>")));

        String json = new String(SearchIndex.json(entries), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("[{\"url\":\"constitution.html\",\"title\":\"Constitution\",\"summary\":\"How the ICB is run.\",\"text\":\"Body.\"}]");
    }
}
