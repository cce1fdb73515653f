package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.icsdocs.core.testing.OptionalTools;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site in headless Chromium (Debian's chromium and chromium-driver), served over HTTP:
 * navigation, search, a pack download, and axe-core's WCAG 2.2 AA rules on every page. Skipped,
 * saying so, when Chromium or ChromeDriver is not on the PATH; CI installs them.
 */
class BrowserTest {

    static SiteServer server;
    static WebDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        // Without Chromium each test is skipped by requireBrowser, so the report counts every one skipped
        // (an assumption failing here would report the class as no tests run).
        java.util.Optional<Path> chromium = OptionalTools.find(OptionalTools.Tool.CHROMIUM);
        java.util.Optional<Path> driver = OptionalTools.find(OptionalTools.Tool.CHROMEDRIVER);
        if (chromium.isEmpty() || driver.isEmpty()) {
            return;
        }
        start(chromium.get(), driver.get());
    }

    @org.junit.jupiter.api.BeforeEach
    void requireBrowser() {
        OptionalTools.require(OptionalTools.Tool.CHROMIUM);
        OptionalTools.require(OptionalTools.Tool.CHROMEDRIVER);
    }

    private static void start(Path chromium, Path driver) throws IOException {
        server = new SiteServer(ExampleSite.folder());
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        browser = new ChromeDriver(service, options);
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

    @Test
    void navigationLeadsFromHomeToTheBoardAndACommittee() {
        browser.get(server.url("index.html"));
        browser.findElement(By.linkText("The ICB")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/board.html");
        browser.findElement(By.partialLinkText("Audit")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Audit");
        browser.findElement(By.cssSelector(".nhsuk-breadcrumb__link[href$='board.html']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/board.html");
    }

    @Test
    void searchFromTheHeaderFindsACommitteeByName() {
        String name = ExampleSite.outcome().validation().definition().orElseThrow().committees().get(0).name();
        browser.get(server.url("places/index.html"));
        browser.findElement(By.id("search-field")).sendKeys(name);
        browser.findElement(By.cssSelector(".nhsuk-header__search-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ics-search-result a")));
        assertThat(browser.findElement(By.cssSelector(".ics-search-result a")).getText()).isEqualTo(name);
        browser.findElement(By.cssSelector(".ics-search-result a")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
    }

    @Test
    void whoCanApproveNamesTheLowestHolderWhoseLimitReachesTheAmount() {
        browser.get(server.url("who-can-approve.html"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("approve-form")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("approve-category")))
                .selectByVisibleText("Award a contract for health care services after a competitive process");
        browser.findElement(By.id("approve-amount")).sendKeys("£3m");
        browser.findElement(By.cssSelector("#approve-form button")).click();
        assertThat(browser.findElement(By.id("approve-answer")).getText()).startsWith("Finance Director may take this decision").contains("£5m");
        browser.findElement(By.id("approve-amount")).clear();
        browser.findElement(By.id("approve-amount")).sendKeys("30,000,000");
        browser.findElement(By.cssSelector("#approve-form button")).click();
        assertThat(browser.findElement(By.id("approve-answer")).getText()).startsWith("NHS Kent and Medway Board may take this decision");
    }

    @Test
    void aMeetingsPackPdfDownloads() throws Exception {
        browser.get(server.url("meetings/board-2026-09-10/index.html"));
        String href = browser.findElement(By.partialLinkText("Download all the papers")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void everyPageHasNoAxeViolationsOfWcag22AA() throws IOException {
        List<String> pages = ExampleSite.pages();
        assertThat(pages).hasSizeGreaterThan(40);
        assertThat(axeViolations(pages)).isEmpty();
    }

    /** On a 390-pixel phone the wide tables are stacked into cards: the pages that have them, checked again at that width. */
    @Test
    void pagesWithStackedTablesHaveNoAxeViolationsOnAPhone() throws IOException {
        List<String> pages = ExampleSite.pages().stream().filter(p -> {
            try {
                return Files.readString(ExampleSite.folder().resolve(p)).contains("ics-table--stack");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            assertThat(pages).hasSizeGreaterThan(5);
            assertThat(axeViolations(pages)).isEmpty();
            browser.get(server.url("register.html"));
            Object overflow = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("the register fits the phone's width").isEqualTo(false);
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** The registers and transparency pages, at a phone's width as well as a desktop's (the desktop run is the test above). */
    @Test
    void registerAndTransparencyPagesHaveNoAxeViolationsOnAPhoneAndFitItsWidth() throws IOException {
        List<String> pages = List.of("gifts-and-hospitality.html", "procurement.html", "publication-scheme.html", "foi.html", "complaints.html",
                "policies.html", "handbook.html");
        assertThat(ExampleSite.pages()).containsAll(pages);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            assertThat(axeViolations(pages)).isEmpty();
            for (String page : List.of("gifts-and-hospitality.html", "procurement.html", "policies.html")) {
                browser.get(server.url(page));
                Object overflow = ((JavascriptExecutor) browser).executeScript("return document.querySelector('main').scrollWidth > window.innerWidth;");
                assertThat(overflow).as(page + " fits the phone's width").isEqualTo(false);
            }
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> axeViolations(List<String> pages) throws IOException {
        String axe;
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            browser.get(server.url(page));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            js.executeScript(axe);
            Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                    + ".then(r => done([r.passes.length].concat(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')))))"
                    + ".catch(e => done([0, 'axe failed: ' + e]));");
            List<Object> found = (List<Object>) result;
            assertThat(((Number) found.get(0)).intValue()).as("axe ran its rules on " + page).isGreaterThan(10);
            for (Object v : found.subList(1, found.size())) {
                violations.add(page + ": " + v);
            }
        }
        return violations;
    }
}
