package org.icsdocs.core.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.icsdocs.core.build.Job;
import org.icsdocs.core.build.JobGenerator;
import org.icsdocs.core.build.JobOutput;
import org.icsdocs.core.build.Stage;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;

/**
 * Publishes each document (the constitution, the decision map) as a job of its own: the fragment
 * the website embeds at {@code fragments/<slug>.html}, the standalone page and, unless only HTML
 * was asked for, the PDF and the Word document under {@code documents/}, with any files the
 * document links to.
 */
final class DocumentPublisher implements JobGenerator {

    private final List<DocumentRenderer> renderers;
    private final Supplier<DocumentFormats> formats;
    private final DocumentFrame frame;
    private final boolean pdf;

    /** @param formats made only when a document is rendered: the PDF engine loads its fonts */
    DocumentPublisher(List<DocumentRenderer> renderers, Supplier<DocumentFormats> formats, DocumentFrame frame, boolean pdf) {
        this.renderers = List.copyOf(renderers);
        this.formats = formats;
        this.frame = frame;
        this.pdf = pdf;
    }

    @Override
    public Map<String, List<String>> declared() {
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        for (DocumentRenderer renderer : renderers) {
            jobs.put(jobId(renderer), families(renderer));
        }
        return jobs;
    }

    @Override
    public List<Job> jobs(Stage stage, OutputTree tree, ExecutorService pool) {
        if (stage != Stage.SOURCES) {
            return List.of();
        }
        return renderers.stream().map(r -> Job.keyedById(jobId(r), families(r), context -> publish(r, context))).toList();
    }

    private static String jobId(DocumentRenderer renderer) {
        return "document:" + renderer.templateFamily();
    }

    private static List<String> families(DocumentRenderer renderer) {
        List<String> families = new java.util.ArrayList<>(renderer.templateFamilies());
        families.add("documents");
        families.add("fonts");
        return List.copyOf(families);
    }

    private JobOutput publish(DocumentRenderer renderer, RenderContext context) {
        RenderedDocument doc = renderer.render(context);
        String slug = doc.slug();
        DocumentFrame framed = new DocumentFrame(frame.organisation(), frame.language(), frame.notice(), frame.created(), pdf ? slug + ".pdf" : null);
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("fragments/" + slug + ".html", doc.bodyHtml().getBytes(StandardCharsets.UTF_8));
        files.put("documents/" + slug + ".html", formats.get().page(doc, framed).getBytes(StandardCharsets.UTF_8));
        doc.attachments().forEach((name, bytes) -> files.put("documents/" + name, bytes));
        if (!pdf) {
            return JobOutput.of(files, Map.of(), doc.title() + ": HTML only");
        }
        byte[] bytes = formats.get().pdf(doc, framed);
        files.put("documents/" + slug + ".pdf", bytes);
        files.put("documents/" + slug + ".docx", formats.get().docx(doc, framed));
        int pages = pages(bytes);
        return JobOutput.of(files, Map.of("documents/" + slug + ".pdf", pages), doc.title() + ": " + pages + " pages");
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
