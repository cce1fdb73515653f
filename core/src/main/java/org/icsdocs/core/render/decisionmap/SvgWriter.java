package org.icsdocs.core.render.decisionmap;

import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_DOTTED;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_GAP;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_HEIGHT;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_ITEM_GAP;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_SAMPLE;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LEGEND_SOLID;
import static org.icsdocs.core.render.decisionmap.ChartLayout.LINE_HEIGHT;
import static org.icsdocs.core.render.decisionmap.ChartLayout.MARGIN;
import static org.icsdocs.core.render.decisionmap.ChartLayout.TEXT_SIZE;
import static org.icsdocs.core.render.decisionmap.ChartLayout.TITLE_SIZE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.icsdocs.core.render.decisionmap.ChartLayout.Box;
import org.icsdocs.core.render.decisionmap.ChartLayout.Line;
import org.icsdocs.core.render.decisionmap.ChartLayout.Point;

/**
 * Writes the laid-out chart as SVG 1.1 with presentation attributes only (no CSS, no SVG 2
 * features), so browsers, Batik in the PDF engine and image viewers draw it alike. Every
 * coordinate comes from the layout. Ids carry a prefix so the SVG can sit inside a page.
 */
final class SvgWriter {

    static final String FONT_FAMILY = "'Liberation Sans', Arial, sans-serif";
    private static final String SOLID_COLOUR = "#212b32";
    private static final String DOTTED_COLOUR = "#4c6272";
    private static final String DOTS = "1 4.5";
    private static final double ASCENT = 0.9; // baseline below the top of a line, in em

    private final TextMeasure measure;
    private final String prefix;

    SvgWriter(TextMeasure measure, String prefix) {
        this.measure = measure;
        this.prefix = prefix;
    }

    String write(ChartLayout.Result r, String title, String description) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"decision-map-chart\" role=\"img\"")
                .append(" aria-labelledby=\"").append(prefix).append("title ").append(prefix).append("desc\"")
                .append(" viewBox=\"0 0 ").append(n(r.width())).append(' ').append(n(r.height())).append("\" width=\"100%\"")
                .append(" font-family=\"").append(FONT_FAMILY).append("\">\n");
        s.append("<title id=\"").append(prefix).append("title\">").append(esc(title)).append("</title>\n");
        s.append("<desc id=\"").append(prefix).append("desc\">").append(esc(description)).append("</desc>\n");
        defs(s);
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(n(r.width())).append("\" height=\"").append(n(r.height())).append("\" fill=\"#ffffff\"/>\n");
        s.append("<g class=\"lines\" fill=\"none\">\n");
        for (Line line : r.lines()) {
            line(s, line);
        }
        s.append("</g>\n<g class=\"boxes\">\n");
        for (Box box : r.boxes()) {
            box(s, box);
        }
        s.append("</g>\n");
        legend(s, r);
        s.append("</svg>\n");
        return s.toString();
    }

    private void defs(StringBuilder s) {
        s.append("<defs>\n");
        for (String style : List.of("solid", "dotted")) {
            String colour = style.equals("solid") ? SOLID_COLOUR : DOTTED_COLOUR;
            // Two markers per style: SVG 1.1 has no auto-start-reverse, so the arrowhead at the start
            // of a path is its own shape pointing back along the path.
            s.append("<marker id=\"").append(prefix).append("arrow-").append(style).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                    .append(" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>\n");
            s.append("<marker id=\"").append(prefix).append("arrow-").append(style).append("-start\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\"")
                    .append(" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                    .append("<path d=\"M10,0 L0,5 L10,10 z\" fill=\"").append(colour).append("\"/></marker>\n");
        }
        s.append("</defs>\n");
    }

    private void line(StringBuilder s, Line line) {
        String style = line.edge().kind() == ChartEdge.Kind.DELEGATION ? "solid" : "dotted";
        StringBuilder d = new StringBuilder();
        for (Point p : line.points()) {
            d.append(d.length() == 0 ? "M" : " L").append(n(p.x())).append(',').append(n(p.y()));
        }
        s.append("<path class=\"line ").append(style.equals("solid") ? "delegation" : "reporting").append("\"")
                .append(" data-from=\"").append(esc(line.edge().from())).append("\" data-to=\"").append(esc(line.edge().to())).append("\"")
                .append(" d=\"").append(d).append("\" stroke=\"").append(style.equals("solid") ? SOLID_COLOUR : DOTTED_COLOUR).append('"')
                .append(" stroke-width=\"").append(style.equals("solid") ? "1.6" : "2").append('"');
        if (style.equals("dotted")) {
            s.append(" stroke-dasharray=\"").append(DOTS).append("\" stroke-linecap=\"round\"");
        }
        if (line.arrowAtStart()) {
            s.append(" marker-start=\"url(#").append(prefix).append("arrow-").append(style).append("-start)\"");
        }
        if (line.arrowAtEnd()) {
            s.append(" marker-end=\"url(#").append(prefix).append("arrow-").append(style).append(")\"");
        }
        s.append("/>\n");
        if (line.label() != null) {
            ChartLayout.Label l = line.label();
            double cx = l.x() + l.width() / 2;
            text(s, l.lines(), cx, l.y(), TEXT_SIZE, false, "#212b32", "line-label");
        }
    }

    private void box(StringBuilder s, Box b) {
        NodeKind kind = b.node().kind();
        double cx = b.x() + b.width() / 2;
        s.append("<g class=\"box ").append(kind.cssClass()).append("\" id=\"").append(prefix).append("box-").append(idSafe(b.node().id()))
                .append("\" data-id=\"").append(esc(b.node().id())).append("\">\n");
        s.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"").append(n(b.width()))
                .append("\" height=\"").append(n(b.height())).append("\" rx=\"6\" ry=\"6\" fill=\"").append(kind.fill)
                .append("\" stroke=\"").append(kind.stroke).append("\" stroke-width=\"").append(kind == NodeKind.BOARD ? "2.5" : "1.5").append("\"/>\n");
        double y = b.y() + (b.height() - b.textHeight()) / 2;
        text(s, b.title(), cx, y, TITLE_SIZE, true, kind.text, "title");
        y += b.title().size() * TITLE_SIZE * LINE_HEIGHT;
        text(s, b.subtitle(), cx, y, TEXT_SIZE, false, kind.text, "kind");
        y += b.subtitle().size() * TEXT_SIZE * LINE_HEIGHT;
        if (!b.functions().isEmpty()) {
            y += TEXT_SIZE * 0.2;
            s.append("<line x1=\"").append(n(b.x() + 16)).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(n(b.right() - 16))
                    .append("\" y2=\"").append(n(y)).append("\" stroke=\"").append(kind.text).append("\" stroke-width=\"0.75\" stroke-opacity=\"0.6\"/>\n");
            y += TEXT_SIZE * 0.2;
            text(s, b.functions(), cx, y, TEXT_SIZE, false, kind.text, "functions");
        }
        s.append("</g>\n");
    }

    /** Lines of text centred on {@code cx}, the first line's top at {@code top}. */
    private static void text(StringBuilder s, List<String> lines, double cx, double top, double size, boolean bold, String fill, String cls) {
        if (lines.isEmpty()) {
            return;
        }
        s.append("<text class=\"").append(cls).append("\" x=\"").append(n(cx)).append("\" y=\"").append(n(top + size * ASCENT))
                .append("\" font-size=\"").append(n(size)).append('"').append(bold ? " font-weight=\"bold\"" : "")
                .append(" fill=\"").append(fill).append("\" text-anchor=\"middle\">");
        for (int i = 0; i < lines.size(); i++) {
            s.append("<tspan x=\"").append(n(cx)).append("\" y=\"").append(n(top + size * ASCENT + i * size * LINE_HEIGHT)).append("\">")
                    .append(esc(lines.get(i))).append("</tspan>");
        }
        s.append("</text>\n");
    }

    private void legend(StringBuilder s, ChartLayout.Result r) {
        double y = r.height() - LEGEND_HEIGHT / 2;
        double x = MARGIN;
        s.append("<g class=\"legend\">\n");
        for (String style : List.of("solid", "dotted")) {
            String colour = style.equals("solid") ? SOLID_COLOUR : DOTTED_COLOUR;
            s.append("<path d=\"M").append(n(x)).append(',').append(n(y)).append(" L").append(n(x + LEGEND_SAMPLE)).append(',').append(n(y))
                    .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(style.equals("solid") ? "1.6" : "2").append('"')
                    .append(style.equals("dotted") ? " stroke-dasharray=\"" + DOTS + "\" stroke-linecap=\"round\"" : "")
                    .append(" marker-end=\"url(#").append(prefix).append("arrow-").append(style).append(")\"/>\n");
            String text = style.equals("solid") ? LEGEND_SOLID : LEGEND_DOTTED;
            x += LEGEND_SAMPLE + LEGEND_GAP;
            s.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + TEXT_SIZE * 0.35)).append("\" font-size=\"").append(n(TEXT_SIZE))
                    .append("\" fill=\"#212b32\">").append(esc(text)).append("</text>\n");
            x += measure.width(text, TEXT_SIZE, false) + LEGEND_ITEM_GAP;
        }
        s.append("</g>\n");
    }

    /** A coordinate to one decimal place, without trailing zeros: stable across platforms and runs. */
    static String n(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String t = d.signum() == 0 ? "0" : d.toPlainString();
        return t;
    }

    static String idSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
