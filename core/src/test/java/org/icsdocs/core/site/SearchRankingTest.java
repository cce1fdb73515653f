package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a member of the public types into the example site's search, and the page (or section of
 * a document) that must come first. The ranking is the site's own: assets/search.js run in
 * headless Chromium on the generated index, so the test and the site cannot drift apart.
 */
class SearchRankingTest {

    static SiteServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        // Without Chromium each test is skipped by requireBrowser, so the report counts every one skipped
        // (an assumption failing here would report the class as no tests run).
        if (!HeadlessChromium.installed()) {
            return;
        }
        server = new SiteServer(ExampleSite.folder());
        browser = HeadlessChromium.start(1280, 1000, true);
    }

    @org.junit.jupiter.api.BeforeEach
    void requireBrowser() {
        HeadlessChromium.require();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A result as the page shows it. */
    record Result(String href, String title, String excerptHtml) {
    }

    static List<Result> search(String query) {
        browser.get(server.url("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> !b.findElement(By.id("search-status")).getText().isBlank() && !b.findElement(By.id("search-status")).getText().startsWith("Searching"));
        return browser.findElements(By.cssSelector(".ics-search-result")).stream().map(li -> {
            WebElement a = li.findElement(By.tagName("a"));
            String excerpt = (String) ((JavascriptExecutor) browser).executeScript(
                    "return arguments[0].querySelector('.ics-search-result__excerpt').innerHTML;", li);
            return new Result(a.getAttribute("href").substring(server.url("").length()), a.getText(), excerpt);
        }).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            register of interests          | register.html
            audit and risk committee       | committees/audit.html
            remuneration                   | committees/remuneration.html
            quorum                         | constitution.html#quorum
            standing orders                | constitution.html#standing-orders-summary
            deputy chair                   | constitution.html#independent-members
            delegated functions            | constitution.html#nhs-england
            west kent                      | places/west-kent.html
            primary care networks          | pcns.html
            winter plan                    | meetings/board-2026-11-05/3.1.html
            how to attend a board meeting  | attend.html
            accessibility                  | accessibility.html
            """)
    void aRealisticQueryFindsTheRightPageFirst(String query, String first) {
        assertThat(search(query)).first().extracting(Result::href).isEqualTo(first);
    }

    /** The query of the issue: the constitution's section on conflicts and the register, not eleven cover sheets. */
    @Test
    void conflictsOfInterestFindsTheConstitutionsSectionAndTheRegisterInTheFirstThree() {
        List<Result> top = search("conflicts of interest").subList(0, 3);

        assertThat(top).extracting(Result::href).anyMatch(h -> h.startsWith("constitution.html#conflicts")).contains("register.html");
        assertThat(top).allSatisfy(r -> assertThat(r.excerptHtml()).contains("<mark>"));
        assertThat(top.get(0).excerptHtml()).containsIgnoringCase("<mark>conflicts</mark> of <mark>interest</mark>");
    }

    /** lunr's positions include the punctuation around a word ("(Audit", "interest,"); only the word is marked. */
    @Test
    void onlyTheWordIsMarkedNotThePunctuationBesideIt() {
        List<Result> results = search("audit and risk committee");
        assertThat(results).hasSizeGreaterThan(3);
        assertThat(results).allSatisfy(r -> assertThat(r.excerptHtml()).doesNotContainPattern("<mark>[^<]*[^\\p{L}\\p{N}<]</mark>|<mark>[^\\p{L}\\p{N}]"));
    }

    /** A board paper, whose cover sheet has a conflicts of interest field, comes after the pages about conflicts. */
    @Test
    void everyBoardPaperRanksBelowTheConstitutionsSectionsOnConflictsAndTheRegister() {
        List<String> order = search("conflicts of interest").stream().map(Result::href).toList();
        int firstPaper = order.indexOf(order.stream().filter(h -> h.startsWith("meetings/")).findFirst().orElseThrow());
        assertThat(order.indexOf("register.html")).isLessThan(firstPaper);
        assertThat(order.subList(firstPaper, order.size())).noneMatch(h -> h.startsWith("constitution.html#conflicts"));
    }

    /** English stemming: a word finds the other forms of itself (Porter's algorithm, in lunr). */
    @Test
    void aWordFindsItsOtherForms() {
        List<Result> delegating = search("delegating");
        assertThat(delegating).hasSizeGreaterThan(3);
        assertThat(delegating.subList(0, 3)).allSatisfy(r -> assertThat(r.excerptHtml() + r.title()).containsPattern("(?i)<mark>delegat(ed|ion|ions|es|e)</mark>|(?i)delegat(ed|ion|ions|es|e)"));
        assertThat(delegating.get(0).excerptHtml()).containsPattern("(?i)<mark>delegat(ed|ion|ions|es|e)</mark>");
    }

    @Test
    void aSectionLinksToItsAnchorAndTheAnchorIsOnThePage() {
        Result quorum = search("quorum").get(0);
        browser.get(server.url(quorum.href()));
        assertThat(browser.findElements(By.id(quorum.href().substring(quorum.href().indexOf('#') + 1)))).hasSize(1);
    }

    @Test
    void theCountIsAnnouncedInAStatusRegion() {
        search("quorum");
        WebElement status = browser.findElement(By.id("search-status"));
        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(status.getText()).matches("\\d+ results? for “quorum”");
    }

    /** The results as they are drawn (the page checks in the site tests see the empty page only). */
    @Test
    @SuppressWarnings("unchecked")
    void theResultsHaveNoAxeViolationsOfWcag22AA() throws java.io.IOException {
        search("conflicts of interest");
        String axe;
        try (java.io.InputStream in = SearchRankingTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        List<Object> found = (List<Object>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(r => done([r.passes.length].concat(r.violations.map(v => v.id + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')))))"
                + ".catch(e => done([0, 'axe failed: ' + e]));");
        assertThat(((Number) found.get(0)).intValue()).as("axe ran its rules").isGreaterThan(10);
        assertThat(found.subList(1, found.size())).isEmpty();
    }

    @Test
    void aWordFoundNowhereSaysSo() {
        assertThat(search("zzxqy")).isEmpty();
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("0 results for “zzxqy”");
    }
}
