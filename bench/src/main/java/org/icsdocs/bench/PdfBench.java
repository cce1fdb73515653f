package org.icsdocs.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.api.ValidationOutcome;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.boardpack.BoardPackRenderer;
import org.icsdocs.core.render.boardpack.PackOptions;
import org.icsdocs.core.render.pdf.PdfEngine;
import org.icsdocs.core.render.pdf.PdfMetadata;
import org.icsdocs.core.validate.ValidationReport;
import org.openqa.selenium.chrome.ChromeDriver;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * PDF layout speed on the same HTML: the print HTML of a system's board packs is written to files,
 * then laid out by ics-docs' engine (openhtmltopdf on PDFBox, tagged PDF/UA as in a real build) and
 * by headless Chromium's print-to-PDF (with its tagged-PDF option on), each on one worker per core
 * after an untimed pass over the same files, and the pages per second are compared.
 *
 * <pre>java -cp … org.icsdocs.bench.PdfBench --systems DIR --only CODE --packs N --html DIR [--chromium false]</pre>
 */
public final class PdfBench {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        Path project = a.path("--systems").resolve(a.text("--only", "qks"));
        int packs = a.number("--packs", 12);
        Path htmlDir = a.path("--html");
        Files.createDirectories(htmlDir);
        int workers = Runtime.getRuntime().availableProcessors();

        TemplateEngine templates = TemplateEngine.builtIn();
        PdfEngine engine = DocumentFormats.pdfEngine(templates);
        List<Path> html = printHtml(project, templates, engine, packs, htmlDir);

        // a whole pass first, untimed, for each engine: the JVM compiles its hot code, Chromium fills its caches;
        // its PDFs are the ones veraPDF judges
        List<byte[]> icsPdfs = java.util.Collections.synchronizedList(new ArrayList<>());
        parallel(workers, html, file -> {
            byte[] pdf = engine.render(Files.readString(file), "file:///", metadata());
            icsPdfs.add(pdf);
            return pages(pdf);
        });
        long t = System.nanoTime();
        long icsPages = sum(parallel(workers, html, file -> pages(engine.render(Files.readString(file), "file:///", metadata()))));
        double icsSeconds = (System.nanoTime() - t) / 1e9;

        if (!a.flag("--chromium", true)) {
            // for profiling ics-docs' side alone
            System.out.printf(Locale.ROOT, "RESULT packs=%d workers=%d icsPages=%d icsSeconds=%.2f icsPagesPerSecond=%.1f%n",
                    html.size(), workers, icsPages, icsSeconds, icsPages / icsSeconds);
            return;
        }
        List<ChromeDriver> browsers = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                browsers.add(browser(Files.createTempDirectory("bench-chromium")));
            }
            List<byte[]> chromiumPdfs = new ArrayList<>();
            for (int i = 0; i < html.size(); i++) {
                chromiumPdfs.add(print(browsers.get(i % workers), html.get(i)));
            }
            t = System.nanoTime();
            List<Path>[] shares = split(html, workers);
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<Long>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                ChromeDriver browser = browsers.get(i);
                List<Path> share = shares[i];
                running.add(pool.submit(() -> {
                    long pages = 0;
                    for (Path file : share) {
                        pages += pages(print(browser, file));
                    }
                    return pages;
                }));
            }
            long chromiumPages = 0;
            for (Future<Long> f : running) {
                chromiumPages += f.get();
            }
            double chromiumSeconds = (System.nanoTime() - t) / 1e9;
            pool.shutdown();
            System.out.printf(Locale.ROOT, "RESULT packs=%d workers=%d icsPages=%d icsSeconds=%.2f icsPagesPerSecond=%.1f"
                            + " chromiumPages=%d chromiumSeconds=%.2f chromiumPagesPerSecond=%.1f ratio=%.2f%n",
                    html.size(), workers, icsPages, icsSeconds, icsPages / icsSeconds, chromiumPages, chromiumSeconds,
                    chromiumPages / chromiumSeconds, (icsPages / icsSeconds) / (chromiumPages / chromiumSeconds));
            System.out.println("veraPDF PDF/UA-1: ics-docs " + Conformance.verdict(icsPdfs, PDFAFlavour.PDFUA_1)
                    + "; Chromium " + Conformance.verdict(chromiumPdfs, PDFAFlavour.PDFUA_1));
            System.out.println("veraPDF PDF/A-3a: ics-docs " + Conformance.verdict(icsPdfs, PDFAFlavour.PDFA_3_A)
                    + "; Chromium " + Conformance.verdict(chromiumPdfs, PDFAFlavour.PDFA_3_A));
        } finally {
            browsers.forEach(ChromeDriver::quit);
        }
    }

    private static List<Path> printHtml(Path project, TemplateEngine templates, PdfEngine engine, int packs, Path htmlDir) throws Exception {
        Path definition = project.resolve("src/main/ics");
        ValidationOutcome outcome = new IcsDocs(BuildLog.silent()).validate(new ValidateRequest(project, definition, null,
                BuildDate.resolve(NationalBuild.BUILD_DATE, null, Instant.now())));
        ValidationReport report = new ValidationReport(outcome.diagnostics(), outcome.justified());
        RenderContext context = RenderContext.of(outcome.definition().orElseThrow(), report,
                BuildDate.resolve(NationalBuild.BUILD_DATE, null, Instant.now()).date(), templates, definition);
        BoardPackRenderer renderer = new BoardPackRenderer(engine, PackOptions.DEFAULT);
        List<Path> files = new ArrayList<>();
        for (Meeting m : context.definition().meetings()) {
            if (files.size() == packs) {
                break;
            }
            if (m.isPublic() && !m.agenda().isEmpty()) {
                Path file = htmlDir.resolve(m.id() + ".html");
                Files.writeString(file, renderer.printHtml(context, m, "en-GB"), StandardCharsets.UTF_8);
                files.add(file);
            }
        }
        return files;
    }

    private static ChromeDriver browser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    /** Chromium's print-to-PDF through the DevTools protocol, A4, tagged. */
    private static byte[] print(ChromeDriver browser, Path file) {
        try {
            return printOnce(browser, file);
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium now and then answers "Printing failed" for a page it prints the next time; one retry, timed with the rest
            return printOnce(browser, file);
        }
    }

    private static byte[] printOnce(ChromeDriver browser, Path file) {
        browser.get(file.toUri().toString());
        Map<String, Object> result = browser.executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true, "preferCSSPageSize", true,
                "generateTaggedPDF", true, "generateDocumentOutline", true));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    private interface Task {
        long run(Path file) throws Exception;
    }

    private static List<Long> parallel(int workers, List<Path> files, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Long>> running = new ArrayList<>();
            for (Path f : files) {
                running.add(pool.submit(() -> task.run(f)));
            }
            List<Long> out = new ArrayList<>();
            for (Future<Long> r : running) {
                out.add(r.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Path>[] split(List<Path> files, int parts) {
        List<Path>[] out = new List[parts];
        for (int i = 0; i < parts; i++) {
            out[i] = new ArrayList<>();
        }
        for (int i = 0; i < files.size(); i++) {
            out[i % parts].add(files.get(i));
        }
        return out;
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static long pages(byte[] pdf) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static PdfMetadata metadata() {
        return new PdfMetadata("Board pack", "Bench ICB", "Bench", "en-GB", Instant.parse(NationalBuild.BUILD_DATE));
    }
}
