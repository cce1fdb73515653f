package org.icsdocs.core.render.boardpack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.RegisterKind;
import org.icsdocs.core.render.handbook.RegisterView;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.boardpack.PackView.ItemView;
import org.icsdocs.core.render.boardpack.PackView.SectionView;
import org.icsdocs.core.render.pdf.PdfEngine;
import org.icsdocs.core.render.pdf.PdfMetadata;

/**
 * A meeting's board pack: cover, agenda with the page each enclosure starts on, a cover sheet and
 * the paper for each enclosure (Markdown, or an attached PDF merged in under the pack's header
 * and page numbers), the previous meeting's minutes, the action log and the register of
 * interests. Also the agenda and papers as fragments for the website.
 */
public final class BoardPackRenderer {

    public static final String PACK = "board-pack/pack.ftlh";
    public static final String AGENDA = "board-pack/agenda.ftlh";
    public static final String PAPER = "board-pack/paper.ftlh";
    static final List<String> STYLESHEETS = List.of("documents/document.css", "documents/print.css", "board-pack/board-pack.css");

    private final PdfEngine pdf;
    private final PackOptions options;

    public BoardPackRenderer(PdfEngine pdf, PackOptions options) {
        this.pdf = pdf;
        this.options = options;
    }

    /** Where a meeting's pack and files are published, relative to the site folder. */
    public static String folder(Meeting meeting) {
        return "documents/meetings/" + meeting.id();
    }

    /**
     * @param created  the build's instant, which dates the PDF
     * @param language e.g. en-GB
     */
    public BoardPack render(RenderContext context, Meeting meeting, Instant created, String language) {
        Papers papers = new Papers(context, folder(meeting));
        try (AttachedPdfs attachments = new AttachedPdfs(context.reads())) {
            PackView pack = new PackBuilder(context, meeting, papers, attachments).build();
            Map<String, Object> model = printModel(context, pack, meeting, language);
            PdfMetadata metadata = new PdfMetadata(pack.title() + ", " + pack.date(), pack.icbName(), pack.bodyName(), language, created);
            byte[] bytes = null;
            if (options.pdf()) {
                bytes = pdf.render(context.templates().render(PACK, model), "file:///", metadata, attachments.drawer());
            }
            return new BoardPack(meeting.id(), metadata.title(), bytes, bytes == null ? 0 : pages(bytes), attachments.isEmpty(),
                    agenda(context, pack), papers(context, pack), papers.published());
        }
    }

    /**
     * The HTML the pack's PDF is laid out from, self-contained (styles inline, images embedded):
     * for comparing layout engines on the same input. Attached PDFs appear as their placeholder pages.
     */
    public String printHtml(RenderContext context, Meeting meeting, String language) {
        try (AttachedPdfs attachments = new AttachedPdfs(context.reads())) {
            PackView pack = new PackBuilder(context, meeting, new Papers(context, folder(meeting)), attachments).build();
            return context.templates().render(PACK, printModel(context, pack, meeting, language));
        }
    }

    private Map<String, Object> printModel(RenderContext context, PackView pack, Meeting meeting, String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("pack", pack);
        model.put("language", language);
        model.put("duplex", options.duplex());
        model.put("print", true);
        model.put("css", css(context));
        model.put("bookmarks", bookmarks(pack, meeting.registers()));
        // the registers the meeting reviews, printed by the templates their pages and the handbook use
        model.put("hv", new RegisterView(context));
        model.put("registers", meeting.registers());
        return model;
    }

    /** The agenda for the meeting's page on the website, which links the pack itself. */
    private static String agenda(RenderContext context, PackView pack) {
        Map<String, Object> model = new HashMap<>();
        model.put("pack", pack);
        model.put("print", false);
        return context.templates().render(AGENDA, model);
    }

    private static Map<String, String> papers(RenderContext context, PackView pack) {
        Map<String, String> fragments = new LinkedHashMap<>();
        for (ItemView item : pack.enclosures()) {
            Map<String, Object> model = new HashMap<>();
            model.put("pack", pack);
            model.put("item", item);
            model.put("print", false);
            fragments.put(item.fragment(), context.templates().render(PAPER, model));
        }
        return fragments;
    }

    private static String css(RenderContext context) {
        StringBuilder css = new StringBuilder();
        for (String sheet : STYLESHEETS) {
            css.append(new String(context.templates().asset(sheet), StandardCharsets.UTF_8)).append('\n');
        }
        return css.toString();
    }

    /** The PDF's navigation pane: the cover, the agenda's sections and every item, then the closing parts. */
    static String bookmarks(PackView pack, List<RegisterKind> registers) {
        StringBuilder out = new StringBuilder("<bookmarks>");
        mark(out, "Cover", "cover", true);
        mark(out, "Agenda", "agenda", true);
        for (SectionView s : pack.sections()) {
            mark(out, s.number() + " " + s.title(), s.anchor(), false);
            for (ItemView item : s.items()) {
                mark(out, item.number() + " " + item.title(), item.hasEnclosure() ? item.anchor() : item.row(), true);
            }
            out.append("</bookmark>");
        }
        if (pack.previous() != null) {
            mark(out, "Minutes of the previous meeting", "previous-minutes", true);
        }
        mark(out, "Action log", "action-log", true);
        mark(out, "Register of interests", "register", true);
        for (RegisterKind r : registers) {
            mark(out, r.label(), "register-" + r.key(), true);
        }
        return out.append("</bookmarks>").toString();
    }

    private static void mark(StringBuilder out, String name, String id, boolean close) {
        out.append("<bookmark name=\"").append(escape(name)).append("\" href=\"#").append(escape(id)).append("\">");
        if (close) {
            out.append("</bookmark>");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int pages(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
