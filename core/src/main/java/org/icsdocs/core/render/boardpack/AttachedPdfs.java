package org.icsdocs.core.render.boardpack;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.icsdocs.core.incremental.SourceReads;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.render.RenderException;
import org.icsdocs.core.render.pdf.PdfEngine;

/**
 * The PDFs attached to a meeting's items. The pack's HTML reserves one placeholder page for each
 * of their pages; after layout, {@link #drawer} draws each attached page onto its placeholder as a
 * Form XObject, scaled into the content area, so the pack's running header and "Page x of y"
 * (already on the placeholder) frame it and the numbering runs on through the attachment.
 *
 * <p>The attached documents stay open until the pack is saved, since the imported forms share
 * their streams; close this after rendering.
 */
final class AttachedPdfs implements AutoCloseable {

    private static final float MM = 72f / 25.4f;
    // The content area of an A4 page under documents/print.css (margins 22mm 18mm 20mm 18mm), less
    // the one-line caption each placeholder page prints at its top.
    private static final float LEFT = 18 * MM;
    private static final float RIGHT = (210 - 18) * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float TOP = (297 - 22 - 9) * MM;

    private final Map<Path, PDDocument> open = new LinkedHashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    private final SourceReads reads;

    /** @param reads where the attachments opened are noted, as inputs of the pack */
    AttachedPdfs(SourceReads reads) {
        this.reads = reads;
    }

    private record Placement(PDDocument source, List<String> placeholders) {
    }

    /** Opens the attachment (once per file) and says how many pages it has. */
    int pages(FileRef file) {
        return document(file).getNumberOfPages();
    }

    /** Draws the attachment's pages onto the placeholders, in order, when the pack is laid out. */
    void place(FileRef file, List<String> placeholders) {
        placements.add(new Placement(document(file), placeholders));
    }

    boolean isEmpty() {
        return placements.isEmpty();
    }

    private PDDocument document(FileRef file) {
        return open.computeIfAbsent(file.resolved(), path -> {
            try {
                reads.used(path);
                return Loader.loadPDF(path.toFile());
            } catch (IOException e) {
                // STR-002 opens every attached PDF at validation; this is a file changed since.
                throw new RenderException(Location.ofFile(file.declared()), "cannot read the attached PDF " + file.declared(), e);
            }
        });
    }

    PdfEngine.PostProcessor drawer() {
        return (pack, pageOf) -> {
            LayerUtility layers = new LayerUtility(pack);
            for (Placement p : placements) {
                for (int i = 0; i < p.placeholders().size(); i++) {
                    draw(pack, layers, p.source(), i, page(pageOf, p.placeholders().get(i)));
                }
            }
            if (!placements.isEmpty()) {
                ConformanceClaims.withdraw(pack);
            }
        };
    }

    private static int page(ToIntFunction<String> pageOf, String placeholder) {
        int index = pageOf.applyAsInt(placeholder);
        if (index < 0) {
            throw new IllegalStateException("the placeholder page " + placeholder + " was not laid out");
        }
        return index;
    }

    private static void draw(PDDocument pack, LayerUtility layers, PDDocument source, int sourcePage, int targetPage) throws IOException {
        PDFormXObject form = layers.importPageAsForm(source, sourcePage);
        // The form's matrix turns a rotated page upright; fit what the reader sees.
        Rectangle2D shown = form.getBBox().transform(form.getMatrix()).getBounds2D();
        float width = RIGHT - LEFT;
        float height = TOP - BOTTOM;
        float scale = (float) Math.min(1.0, Math.min(width / shown.getWidth(), height / shown.getHeight()));
        float x = LEFT + (width - (float) shown.getWidth() * scale) / 2 - (float) shown.getMinX() * scale;
        float y = TOP - (float) shown.getHeight() * scale - (float) shown.getMinY() * scale;
        PDPage page = pack.getPage(targetPage);
        try (PDPageContentStream out = new PDPageContentStream(pack, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            out.saveGraphicsState();
            out.transform(new Matrix(scale, 0, 0, scale, x, y));
            out.drawForm(form);
            out.restoreGraphicsState();
            // A hairline round the attached page shows where it ends and the pack's own margin begins.
            out.setStrokingColor(0.68f, 0.72f, 0.74f);
            out.setLineWidth(0.5f);
            out.addRect(x + (float) shown.getMinX() * scale, y + (float) shown.getMinY() * scale,
                    (float) shown.getWidth() * scale, (float) shown.getHeight() * scale);
            out.stroke();
        }
    }

    @Override
    public void close() {
        IOException failure = null;
        for (PDDocument doc : open.values()) {
            try {
                doc.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        open.clear();
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }
}
