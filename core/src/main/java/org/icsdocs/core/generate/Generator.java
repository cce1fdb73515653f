package org.icsdocs.core.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.api.BuildLog;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.boardpack.BoardPackRenderer;
import org.icsdocs.core.render.boardpack.PackOptions;
import org.icsdocs.core.render.pdf.PdfEngine;
import org.icsdocs.core.site.SiteGenerator;
import org.icsdocs.core.validate.ValidationReport;

/**
 * Renders every document of a validated definition into a fresh generation of the site folder:
 * for each, the standalone page and PDF under {@code documents/} and the fragment the website
 * embeds under {@code fragments/}; then a board pack for each meeting held in public ({@link PackPublisher});
 * then the website that embeds and links them ({@link SiteGenerator}).
 * Documents and packs render in parallel; the folder is swapped in only when all of them succeeded.
 */
public final class Generator {

    private final List<DocumentRenderer> renderers;
    private final BuildLog log;
    private final PackOptions packs;

    public Generator(List<DocumentRenderer> renderers, BuildLog log) {
        this(renderers, log, PackOptions.DEFAULT);
    }

    /** @param packs how the meetings' board packs are laid out (published after the documents) */
    public Generator(List<DocumentRenderer> renderers, BuildLog log, PackOptions packs) {
        this.renderers = List.copyOf(renderers);
        this.log = log;
        this.packs = packs;
    }

    public List<GeneratedFile> generate(Definition definition, ValidationReport validation, BuildDate date, Path definitionRoot,
                                        List<Path> templateOverrides, Path siteFolder) {
        TemplateEngine templates = new TemplateEngine(templateOverrides);
        RenderContext context = RenderContext.of(definition, validation, date.date(), templates, definitionRoot);
        PdfEngine engine = DocumentFormats.pdfEngine(templates);
        DocumentFormats formats = new DocumentFormats(templates, engine);
        DocumentFrame frame = frame(definition, date);
        PackPublisher packPublisher = new PackPublisher(new BoardPackRenderer(engine, packs), log);
        List<GeneratedFile> written = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (OutputTree tree = OutputTree.begin(siteFolder)) {
            List<Future<List<GeneratedFile>>> jobs = new ArrayList<>();
            for (DocumentRenderer renderer : renderers) {
                jobs.add(pool.submit(() -> publish(renderer, context, formats, frame, tree)));
            }
            for (Callable<List<GeneratedFile>> pack : packPublisher.jobs(context, frame, tree)) {
                jobs.add(pool.submit(pack));
            }
            for (Future<List<GeneratedFile>> job : jobs) {
                written.addAll(job.get());
            }
            written.addAll(site(context, tree));
            tree.commit();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        written.sort(Comparator.comparing(GeneratedFile::path));
        return written;
    }

    private List<GeneratedFile> publish(DocumentRenderer renderer, RenderContext context, DocumentFormats formats,
                                        DocumentFrame frame, OutputTree tree) {
        long started = System.nanoTime();
        RenderedDocument doc = renderer.render(context);
        String slug = doc.slug();
        DocumentFrame framed = new DocumentFrame(frame.organisation(), frame.language(), frame.notice(), frame.created(), slug + ".pdf");
        byte[] fragment = doc.bodyHtml().getBytes(StandardCharsets.UTF_8);
        byte[] page = formats.page(doc, framed).getBytes(StandardCharsets.UTF_8);
        long pdfStarted = System.nanoTime();
        byte[] pdf = formats.pdf(doc, framed);
        Duration pdfTook = Duration.ofNanos(System.nanoTime() - pdfStarted);
        tree.write("fragments/" + slug + ".html", fragment);
        tree.write("documents/" + slug + ".html", page);
        tree.write("documents/" + slug + ".pdf", pdf);
        List<GeneratedFile> files = new ArrayList<>();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        files.add(new GeneratedFile("fragments/" + slug + ".html", fragment.length, 0, took));
        files.add(new GeneratedFile("documents/" + slug + ".html", page.length, 0, took));
        files.add(new GeneratedFile("documents/" + slug + ".pdf", pdf.length, pages(pdf), pdfTook));
        doc.attachments().forEach((name, bytes) -> {
            tree.write("documents/" + name, bytes);
            files.add(new GeneratedFile("documents/" + name, bytes.length, 0, took));
        });
        log.info("ics: " + doc.title() + ": " + pages(pdf) + " pages, rendered in " + took.toMillis() + " ms");
        return files;
    }

    /** The website, last: its pages embed the fragments and link the PDFs written above. */
    private List<GeneratedFile> site(RenderContext context, OutputTree tree) {
        long started = System.nanoTime();
        List<GeneratedFile> files = SiteGenerator.generate(context, tree);
        log.info("ics: website: " + files.stream().filter(f -> f.path().endsWith(".html")).count() + " pages, generated in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        return files;
    }

    private static DocumentFrame frame(Definition definition, BuildDate date) {
        String organisation = definition.organisations().stream()
                .filter(o -> o.id().equals(definition.ics().icb()))
                .map(o -> o.name())
                .findFirst()
                .orElse(definition.ics().name());
        return new DocumentFrame(organisation, "en-GB", definition.ics().illustrativeNotice(), date.instant(), null);
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
