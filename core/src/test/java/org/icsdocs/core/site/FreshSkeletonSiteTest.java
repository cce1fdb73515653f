package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.icsdocs.core.testing.OptionalTools;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.GenerateOutcome;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.init.Skeletons;
import org.icsdocs.core.render.pdf.PdfConformance;



import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A project fresh from ics:init, generated as a user's first `mvn verify` would: its site and PDFs
 * pass the checks the example's do (veraPDF PDF/UA-1 and PDF/A-3a, the Nu HTML checker, internal
 * links, and axe-core's WCAG 2.2 AA rules when Chromium is installed).
 */
class FreshSkeletonSiteTest {

    private static Path project;
    private static Path site;
    private static GenerateOutcome outcome;

    @BeforeAll
    static void generate() throws IOException {
        project = Files.createTempDirectory("ics-init-site");
        Skeletons.init(project, "QKS");
        site = project.resolve("target/ics/site");
        outcome = new IcsDocs(BuildLog.silent()).generate(new GenerateRequest(
                new ValidateRequest(project, project.resolve("src/main/ics"), null, Skeletons.BUILD_DATE), List.of(), site));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<String> pages() {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("fragments/")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFreshProjectGeneratesItsSiteWithNoErrors() {
        assertThat(outcome.generated()).isTrue();
        assertThat(outcome.validation().diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(pages()).contains("index.html", "board.html").hasSizeGreaterThan(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"documents/constitution.pdf", "documents/decision-map.pdf"})
    void itsDocumentsAreTaggedAndArchivablePdfs(String pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(site.resolve(pdf));
        assertThat(PdfConformance.failures(bytes, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 of " + pdf).isEmpty();
        assertThat(PdfConformance.failures(bytes, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a of " + pdf).isEmpty();
    }

    @Test
    void theWorkedExampleMeetingsPackIsATaggedAndArchivablePdf() throws IOException {
        Path packs = site.resolve("documents/meetings");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(packs)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).hasSize(1);
        byte[] bytes = Files.readAllBytes(pdfs.get(0));
        assertThat(PdfConformance.failures(bytes, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfConformance.failures(bytes, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        NuErrors errors = new NuErrors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        for (String page : pages()) {
            errors.page = page;
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
        }
        assertThat(errors.found).isEmpty();
    }

    @Test
    void everyInternalLinkResolves() {
        InternalLinks links = InternalLinks.of(site, pages());
        assertThat(links.checked()).isGreaterThan(100);
        assertThat(links.broken()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPageHasNoAxeViolationsOfWcag22AA() throws IOException {
        Path chromium = OptionalTools.require(OptionalTools.Tool.CHROMIUM);
        Path driver = OptionalTools.require(OptionalTools.Tool.CHROMEDRIVER);
        String axe;
        try (InputStream in = FreshSkeletonSiteTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1280,1000");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
        List<String> violations = new ArrayList<>();
        try (SiteServer server = new SiteServer(site)) {
            for (String page : pages()) {
                browser.get(server.url(page));
                JavascriptExecutor js = (JavascriptExecutor) browser;
                js.executeScript(axe);
                List<Object> found = (List<Object>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                        + ".then(r => done([r.passes.length].concat(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')))))"
                        + ".catch(e => done([0, 'axe failed: ' + e]));");
                assertThat(((Number) found.get(0)).intValue()).as("axe ran its rules on " + page).isGreaterThan(10);
                found.subList(1, found.size()).forEach(v -> violations.add(page + ": " + v));
            }
        } finally {
            browser.quit();
        }
        assertThat(violations).isEmpty();
    }
}
