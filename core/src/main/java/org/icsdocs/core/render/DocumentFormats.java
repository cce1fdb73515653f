package org.icsdocs.core.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.fonts.EmbeddedFonts;
import org.icsdocs.core.render.pdf.PdfEngine;
import org.icsdocs.core.render.pdf.PdfMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.icsdocs.core.render.docx.DocxWriter;

/** Turns a rendered document into its two published forms: a standalone web page and a PDF. */
public final class DocumentFormats {

    private final TemplateEngine templates;
    private final PdfEngine pdf;

    public DocumentFormats(TemplateEngine templates, PdfEngine pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** A PDF engine with the fonts the templates provide (a project may override them). */
    public static PdfEngine pdfEngine(TemplateEngine templates) {
        // Every face a document may use is embedded (PDF/UA and PDF/A require it); a generic family
        // the engine would have to find on the machine is never used.
        List<PdfEngine.Face> faces = new ArrayList<>();
        for (EmbeddedFonts.Face f : EmbeddedFonts.available()) {
            faces.add(new PdfEngine.Face(f.family(), f.weight(), f.italic(), templates.asset(f.file())));
        }
        return new PdfEngine(faces);
    }

    public String page(RenderedDocument document, DocumentFrame frame) {
        Map<String, Object> model = model(document, frame, List.of("documents/document.css"));
        if (frame.pdfLink() != null) {
            model.put("pdf", frame.pdfLink());
        }
        return templates.render("documents/page.ftlh", model);
    }

    /** The document as Word: same body, title, language and typeface as the PDF (see {@link DocxWriter}). */
    public byte[] docx(RenderedDocument document, DocumentFrame frame) {
        return new DocxWriter().write(document, new DocxWriter.Metadata(frame.organisation(), frame.language(), frame.created(), landscape(document)));
    }

    /** Whether the document's own stylesheet prints it on A4 landscape, as the decision map's does. */
    private boolean landscape(RenderedDocument document) {
        for (String sheet : document.stylesheets()) {
            String css = new String(templates.asset(sheet), StandardCharsets.UTF_8);
            if (css.matches("(?s).*@page\\s*\\{[^}]*size:\\s*A4\\s+landscape.*")) {
                return true;
            }
        }
        return false;
    }

    public byte[] pdf(RenderedDocument document, DocumentFrame frame) {
        Map<String, Object> model = model(document, frame, List.of("documents/document.css", "documents/print.css"));
        model.put("bookmarks", bookmarks(document.contents()));
        String html = templates.render("documents/print.ftlh", model);
        return pdf.render(forPrint(html), "file:///", new PdfMetadata(document.title(), frame.organisation(), document.subtitle(),
                frame.language(), frame.created()));
    }

    private Map<String, Object> model(RenderedDocument document, DocumentFrame frame, List<String> base) {
        List<String> sheets = new ArrayList<>(base);
        sheets.addAll(document.stylesheets());
        StringBuilder css = new StringBuilder();
        for (String sheet : sheets) {
            css.append(new String(templates.asset(sheet), StandardCharsets.UTF_8)).append('\n');
        }
        Map<String, Object> model = new HashMap<>();
        model.put("document", document);
        model.put("organisation", frame.organisation());
        model.put("language", frame.language());
        model.put("css", css.toString());
        if (frame.notice() != null) {
            model.put("notice", frame.notice());
        }
        return model;
    }

    /** PDF/UA wants alternative text on every figure and link; an inline SVG's own title serves. */
    private static String forPrint(String html) {
        Document doc = Jsoup.parse(html);
        for (Element link : doc.select("a[href]:not([title])")) {
            link.attr("title", link.text().isBlank() ? link.attr("href") : link.text()); // PDF/UA: every link says where it goes
        }
        for (Element svg : doc.select("svg")) {
            Element title = svg.selectFirst("title");
            if (!svg.hasAttr("alt")) {
                svg.attr("alt", title == null ? "Diagram" : title.text());
            }
            fitToPage(svg);
        }
        doc.outputSettings().prettyPrint(false);
        return doc.outerHtml();
    }

    /** Largest printed size of a diagram: the A4 landscape content area, less room for its heading and caption. */
    private static final double MAX_WIDTH_MM = 265;
    private static final double MAX_HEIGHT_MM = 148;

    /** The PDF engine does not size an SVG from its viewBox, so give it millimetres that keep its proportions. */
    private static void fitToPage(Element svg) {
        String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
        if (box.length != 4) {
            return;
        }
        double w = Double.parseDouble(box[2]);
        double h = Double.parseDouble(box[3]);
        if (w <= 0 || h <= 0) {
            return;
        }
        double width = Math.min(MAX_WIDTH_MM, MAX_HEIGHT_MM * w / h);
        double height = width * h / w;
        svg.attr("style", String.format(java.util.Locale.ROOT, "width: %.1fmm; height: %.1fmm;", width, height));
    }

    /** Nested bookmarks, one per numbered heading, for the PDF's navigation pane. */
    static String bookmarks(List<Numbering.Entry> contents) {
        StringBuilder out = new StringBuilder("<bookmarks>");
        int depth = 0;
        for (Numbering.Entry e : contents) {
            while (depth >= e.depth()) {
                out.append("</bookmark>");
                depth--;
            }
            while (depth < e.depth() - 1) {
                out.append("<bookmark name=\"\">");
                depth++;
            }
            out.append("<bookmark name=\"").append(escape(e.number() + " " + e.title())).append("\" href=\"#").append(escape(e.id())).append("\">");
            depth = e.depth();
        }
        while (depth-- > 0) {
            out.append("</bookmark>");
        }
        return out.append("</bookmarks>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
