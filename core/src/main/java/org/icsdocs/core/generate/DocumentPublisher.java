package org.icsdocs.core.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;

/**
 * Publishes one document (the constitution, the decision map): the fragment the website embeds at
 * {@code fragments/<slug>.html}, the standalone page and, unless only HTML was asked for, the PDF
 * and the Word document under {@code documents/}, with any files the document links to.
 */
final class DocumentPublisher {

    private DocumentPublisher() {
    }

    static RenderJob.Output publish(DocumentRenderer renderer, RenderContext context, Supplier<DocumentFormats> formats,
                                   DocumentFrame frame, boolean pdf) {
        RenderedDocument doc = renderer.render(context);
        String slug = doc.slug();
        DocumentFrame framed = new DocumentFrame(frame.organisation(), frame.language(), frame.notice(), frame.created(), pdf ? slug + ".pdf" : null);
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("fragments/" + slug + ".html", doc.bodyHtml().getBytes(StandardCharsets.UTF_8));
        files.put("documents/" + slug + ".html", formats.get().page(doc, framed).getBytes(StandardCharsets.UTF_8));
        doc.attachments().forEach((name, bytes) -> files.put("documents/" + name, bytes));
        if (!pdf) {
            return new RenderJob.Output(files, Map.of(), doc.title() + ": HTML only");
        }
        byte[] bytes = formats.get().pdf(doc, framed);
        files.put("documents/" + slug + ".pdf", bytes);
        files.put("documents/" + slug + ".docx", formats.get().docx(doc, framed));
        int pages = pages(bytes);
        return new RenderJob.Output(files, Map.of("documents/" + slug + ".pdf", pages), doc.title() + ": " + pages + " pages");
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
