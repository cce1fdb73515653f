package org.icsdocs.core.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * Diagrams (inline SVG) as pictures: rasterised with Batik (already on the class path for the
 * PDF engine's SVG support) at twice their printed size, placed inline with the SVG's title as
 * the picture's alternative text (Word's "description"), as the PDF's figure carries it.
 */
final class Images {

    /** Widest picture on an A4 page, in centimetres: portrait and landscape text widths. */
    private static final double PORTRAIT_CM = 16.0;
    private static final double LANDSCAPE_CM = 24.7;
    /** Tallest, leaving room on the page for the heading and the caption. */
    private static final double MAX_HEIGHT_CM = 15.5;

    private final XWPFDocument doc;
    private int count;

    Images(XWPFDocument doc) {
        this.doc = doc;
    }

    void svg(XWPFParagraph p, Element svg) {
        String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
        double w = box.length == 4 ? Double.parseDouble(box[2]) : 800;
        double h = box.length == 4 ? Double.parseDouble(box[3]) : 600;
        double widthCm = Math.min(w >= h ? LANDSCAPE_CM : PORTRAIT_CM, MAX_HEIGHT_CM * w / h);
        double heightCm = widthCm * h / w;
        Element sized = svg.clone();
        sized.attr("width", Double.toString(w)).attr("height", Double.toString(h)); // "100%" would leave Batik to guess the height
        byte[] png = png(sized.outerHtml(), (float) (widthCm / 2.54 * 192)); // 192 dpi
        String alt = alt(svg);
        XWPFRun run = p.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "figure" + (++count) + ".png",
                    Units.toEMU(widthCm / 2.54 * 72), Units.toEMU(heightCm / 2.54 * 72));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(alt);
        inline.getDocPr().setTitle(alt);
    }

    static String alt(Element svg) {
        Element title = svg.selectFirst("title");
        if (title != null && !title.text().isBlank()) {
            return title.text();
        }
        return svg.hasAttr("aria-label") ? svg.attr("aria-label") : "Diagram";
    }

    private static byte[] png(String svg, float widthPx) {
        String xml = svg.contains("xmlns=") ? svg : svg.replaceFirst("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"");
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, widthPx);
        t.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            t.transcode(new TranscoderInput(new StringReader(xml)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("the diagram could not be drawn for the Word document: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
