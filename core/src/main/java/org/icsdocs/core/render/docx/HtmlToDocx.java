package org.icsdocs.core.render.docx;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * Walks a document's HTML body and writes the Word equivalent: one block element to one
 * paragraph (or table), inline formatting to run properties. Only the structure the document
 * templates produce is mapped; anything else falls back to its text, so nothing is silently lost.
 */
final class HtmlToDocx {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "aside", "header", "footer", "nav", "figure",
            "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "li", "table", "caption", "blockquote", "dl", "dt", "dd", "hr", "pre");

    /** Where paragraphs and tables go: the document, or a table cell. */
    private interface Target {
        XWPFParagraph paragraph();

        XWPFTable table(int rows, int cols);
    }

    /** A piece of inline text with its formatting and, in a redline, the tracked change it belongs to. */
    private record Segment(String text, boolean bold, boolean italic, boolean sup, boolean mono, String change, int changeGroup, boolean lineBreak) {
    }

    private final XWPFDocument doc;
    private final Calendar changeDate;
    private final Images images;
    private final Target documentTarget;
    private ClauseNumbering clauseNumbering;
    private int changeId = 1;
    private int changeGroups;

    HtmlToDocx(XWPFDocument doc, Instant created) {
        this.doc = doc;
        this.changeDate = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        this.changeDate.setTimeInMillis(created.toEpochMilli());
        this.images = new Images(doc);
        this.documentTarget = new Target() {
            @Override
            public XWPFParagraph paragraph() {
                return doc.createParagraph();
            }

            @Override
            public XWPFTable table(int rows, int cols) {
                return doc.createTable(rows, cols);
            }
        };
    }

    HtmlToDocx title(String title, String subtitle) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.TITLE);
        p.createRun().setText(title);
        if (subtitle != null && !subtitle.isBlank()) {
            XWPFParagraph s = doc.createParagraph();
            s.setStyle(DocxStyles.SUBTITLE);
            s.createRun().setText(subtitle);
        }
        return this;
    }

    /** Numbers the headings and clauses from a Word list rather than as typed text (not for a redline: its numbers are two versions'). */
    HtmlToDocx withClauseNumbering(ClauseNumbering list) {
        this.clauseNumbering = list;
        return this;
    }

    void body(Element body) {
        blocks(body, documentTarget, null);
    }

    /** The children of a container, in order; runs of inline content between blocks become one paragraph each. */
    private void blocks(Element container, Target target, String style) {
        List<Node> inline = new ArrayList<>();
        for (Node n : container.childNodes()) {
            if (n instanceof Element e && (BLOCKS.contains(e.tagName()) || e.tagName().equals("svg"))) {
                flushInline(inline, target, style);
                block(e, target, style);
            } else {
                inline.add(n);
            }
        }
        flushInline(inline, target, style);
    }

    private void flushInline(List<Node> inline, Target target, String style) {
        if (inline.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) {
            inline.clear();
            return;
        }
        XWPFParagraph p = target.paragraph();
        if (style != null) {
            p.setStyle(style);
        }
        write(p, segments(inline));
        inline.clear();
    }

    private void block(Element e, Target target, String style) {
        String tag = e.tagName();
        switch (tag) {
            case "nav" -> { } // the contents list: Word builds its own from the heading styles
            case "h1", "h2", "h3", "h4", "h5", "h6" -> paragraph(e, target, DocxStyles.heading(Math.max(1, Math.min(5, tag.charAt(1) - '1'))));
            case "p" -> paragraph(e, target, e.hasClass("clause") ? DocxStyles.CLAUSE : style);
            case "ol", "ul" -> list(e, target, 0);
            case "table" -> table(e, target);
            case "caption", "figcaption" -> paragraph(e, target, DocxStyles.CAPTION);
            case "svg" -> images.svg(target.paragraph(), e);
            case "hr" -> { }
            default -> {
                boolean note = e.hasClass("departure") || e.hasClass("illustrative-notice") || "note".equals(e.attr("role"));
                blocks(e, target, note ? DocxStyles.NOTE : style);
            }
        }
    }

    private void paragraph(Element e, Target target, String style) {
        if (e.children().stream().anyMatch(c -> BLOCKS.contains(c.tagName()) && !c.tagName().equals("span"))) {
            blocks(e, target, style);
            return;
        }
        XWPFParagraph p = target.paragraph();
        if (style != null) {
            p.setStyle(style);
        }
        Element content = listNumbered(p, e, style);
        List<Segment> segments = segments(content.childNodes());
        if (DocxStyles.CLAUSE.equals(style) && content == e) {
            segments = tabAfterNumber(segments);
        }
        write(p, segments);
    }

    /**
     * With clause numbering on, a numbered heading or clause whose number Word's list gives takes
     * it from the list; its content is then the element without the typed number.
     */
    private Element listNumbered(XWPFParagraph p, Element e, String style) {
        boolean heading = style != null && style.startsWith("Heading");
        if (clauseNumbering == null || !(heading || DocxStyles.CLAUSE.equals(style))) {
            return e;
        }
        Element number = e.selectFirst("> span.number, > span.clause-number");
        String label = number == null ? "" : number.text().strip();
        if (!clauseNumbering.number(p, label, heading)) {
            return e;
        }
        Element copy = e.clone();
        copy.selectFirst("> span.number, > span.clause-number").remove();
        copy.childNodes().stream().findFirst().filter(n -> n instanceof TextNode).map(n -> (TextNode) n)
                .ifPresent(t -> t.text(t.text().stripLeading()));
        return copy;
    }

    /** A clause's number, then a tab to the hanging indent, as numbered clauses are set in Word. */
    private static List<Segment> tabAfterNumber(List<Segment> segments) {
        if (segments.isEmpty() || !segments.get(0).text().matches("[A-Z0-9][0-9.]* ")) {
            return segments;
        }
        List<Segment> out = new ArrayList<>(segments);
        Segment n = out.get(0);
        out.set(0, new Segment(n.text().strip() + "\t", n.bold(), n.italic(), n.sup(), n.mono(), n.change(), n.changeGroup(), false));
        return out;
    }

    private void list(Element list, Target target, int depth) {
        int i = 0;
        boolean lettered = list.hasClass("lettered");
        for (Element li : list.children()) {
            if (!li.tagName().equals("li")) {
                continue;
            }
            i++;
            String marker = list.tagName().equals("ul") ? "•" : lettered ? "(" + (char) ('a' + (i - 1) % 26) + ")" : i + ".";
            List<Node> inline = new ArrayList<>();
            List<Element> nested = new ArrayList<>();
            for (Node n : li.childNodes()) {
                if (n instanceof Element c && (c.tagName().equals("ul") || c.tagName().equals("ol"))) {
                    nested.add(c);
                } else {
                    inline.add(n);
                }
            }
            XWPFParagraph p = target.paragraph();
            p.setStyle(DocxStyles.LIST);
            if (depth > 0) {
                p.setIndentationLeft(1276 + depth * 567);
            }
            List<Segment> segments = new ArrayList<>();
            segments.add(new Segment(marker + "\t", false, false, false, false, null, 0, false));
            segments.addAll(segments(inline));
            write(p, segments);
            nested.forEach(n -> list(n, target, depth + 1));
        }
    }

    private void table(Element html, Target target) {
        Element caption = html.selectFirst("> caption");
        if (caption != null) {
            paragraph(caption, target, DocxStyles.CAPTION);
        }
        List<Element> rows = html.select("> thead > tr, > tbody > tr, > tfoot > tr, > tr");
        if (rows.isEmpty()) {
            return;
        }
        int cols = rows.stream().mapToInt(r -> r.children().stream().mapToInt(HtmlToDocx::span).sum()).max().orElse(1);
        XWPFTable table = target.table(rows.size(), cols);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            Element tr = rows.get(r);
            XWPFTableRow row = table.getRow(r);
            boolean header = tr.parent() != null && tr.parent().tagName().equals("thead");
            if (header) {
                row.setRepeatHeader(true); // w:tblHeader: a real header row, repeated on each page
                row.setCantSplitRow(true);
            }
            int c = 0;
            for (Element cell : tr.children()) {
                if (c >= row.getTableCells().size()) {
                    break;
                }
                XWPFTableCell tc = row.getCell(c);
                int span = span(cell);
                if (span > 1) {
                    tc.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
                    for (int k = 1; k < span && c + 1 < row.getTableCells().size(); k++) {
                        row.removeCell(c + 1);
                    }
                }
                cell(tc, cell, header || cell.tagName().equals("th"));
                c++;
            }
            while (row.getTableCells().size() > c && c > 0) {
                row.removeCell(row.getTableCells().size() - 1);
            }
        }
    }

    private static int span(Element cell) {
        try {
            return Math.max(1, Integer.parseInt(cell.attr("colspan").isEmpty() ? "1" : cell.attr("colspan")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void cell(XWPFTableCell tc, Element cell, boolean bold) {
        XWPFParagraph first = tc.getParagraphs().get(0);
        boolean[] used = {false};
        Target inCell = new Target() {
            @Override
            public XWPFParagraph paragraph() {
                if (!used[0]) {
                    used[0] = true;
                    return first;
                }
                return tc.addParagraph();
            }

            @Override
            public XWPFTable table(int rows, int cols) {
                throw new IllegalStateException("a table inside a table cell is written as text");
            }
        };
        if (cell.select("table").isEmpty()) {
            blocks(cell, inCell, null);
        } else {
            write(inCell.paragraph(), List.of(new Segment(cell.text(), false, false, false, false, null, 0, false)));
        }
        if (bold) {
            tc.getParagraphs().forEach(p -> p.getRuns().forEach(r -> r.setBold(true)));
        }
    }

    // ---- inline content ----

    private List<Segment> segments(List<Node> nodes) {
        List<Segment> out = new ArrayList<>();
        for (Node n : nodes) {
            inline(n, out, false, false, false, false, null, 0);
        }
        return collapse(out);
    }

    private void inline(Node n, List<Segment> out, boolean bold, boolean italic, boolean sup, boolean mono, String change, int group) {
        if (n instanceof TextNode t) {
            out.add(new Segment(t.getWholeText(), bold, italic, sup, mono, change, group, false));
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        switch (e.tagName()) {
            case "br" -> out.add(new Segment("", bold, italic, sup, mono, change, group, true));
            case "strong", "b" -> e.childNodes().forEach(c -> inline(c, out, true, italic, sup, mono, change, group));
            case "em", "i", "cite" -> e.childNodes().forEach(c -> inline(c, out, bold, true, sup, mono, change, group));
            case "sup" -> e.childNodes().forEach(c -> inline(c, out, bold, italic, true, mono, change, group));
            case "code", "kbd", "samp" -> e.childNodes().forEach(c -> inline(c, out, bold, italic, sup, true, change, group));
            case "ins", "del" -> {
                int g = ++changeGroups;
                e.childNodes().forEach(c -> inline(c, out, bold, italic, sup, mono, e.tagName(), g));
            }
            case "svg" -> { } // an inline diagram is written by block()
            default -> e.childNodes().forEach(c -> inline(c, out, bold, italic, sup, mono, change, group));
        }
    }

    /** HTML white space rules: runs of white space become one space; none at the start or end of a paragraph. */
    private static List<Segment> collapse(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        boolean lastSpace = true;
        for (Segment s : in) {
            if (s.lineBreak()) {
                out.add(s);
                lastSpace = true;
                continue;
            }
            String text = s.text().replaceAll("[\\s\\u00a0&&[^\\u00a0]]+", " ").replaceAll("[ \\t\\n\\r\\f]+", " ");
            if (lastSpace && text.startsWith(" ")) {
                text = text.substring(1);
            }
            if (text.isEmpty() && !(s.change() != null)) {
                continue;
            }
            lastSpace = text.endsWith(" ");
            out.add(new Segment(text, s.bold(), s.italic(), s.sup(), s.mono(), s.change(), s.changeGroup(), false));
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            Segment s = out.get(i);
            if (s.lineBreak()) {
                break;
            }
            String t = s.text().stripTrailing();
            out.set(i, new Segment(t, s.bold(), s.italic(), s.sup(), s.mono(), s.change(), s.changeGroup(), false));
            if (!t.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private void write(XWPFParagraph p, List<Segment> segments) {
        int i = 0;
        while (i < segments.size()) {
            Segment s = segments.get(i);
            if (s.change() == null) {
                run(p, s);
                i++;
                continue;
            }
            int group = s.changeGroup();
            CTRunTrackChange change = s.change().equals("ins") ? p.getCTP().addNewIns() : p.getCTP().addNewDel();
            change.setId(BigInteger.valueOf(changeId++));
            change.setAuthor(DocxWriter.CHANGE_AUTHOR);
            change.setDate(changeDate);
            while (i < segments.size() && segments.get(i).changeGroup() == group && segments.get(i).change() != null) {
                trackedRun(change, segments.get(i), s.change().equals("del"));
                i++;
            }
        }
        if (p.getRuns().isEmpty() && p.getCTP().getInsList().isEmpty() && p.getCTP().getDelList().isEmpty()) {
            p.setAlignment(ParagraphAlignment.LEFT);
        }
    }

    private static void run(XWPFParagraph p, Segment s) {
        XWPFRun r = p.createRun();
        if (s.lineBreak()) {
            r.addBreak();
            return;
        }
        String[] parts = s.text().split("\t", -1);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                r.addTab();
            }
            if (!parts[k].isEmpty()) {
                r.setText(parts[k], r.getCTR().sizeOfTArray());
            }
        }
        r.setBold(s.bold());
        r.setItalic(s.italic());
        if (s.sup()) {
            r.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.name().toLowerCase());
        }
        if (s.mono()) {
            r.setFontFamily("Liberation Mono");
        }
    }

    private static void trackedRun(CTRunTrackChange change, Segment s, boolean deleted) {
        CTR r = change.addNewR();
        CTRPr rpr = r.addNewRPr();
        if (s.bold()) {
            rpr.addNewB();
        }
        if (s.italic()) {
            rpr.addNewI();
        }
        if (s.sup()) {
            rpr.addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        }
        if (s.lineBreak()) {
            r.addNewBr();
            return;
        }
        CTText t = deleted ? r.addNewDelText() : r.addNewT();
        t.setStringValue(s.text());
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
