package org.icsdocs.core.render.decisionmap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The structure chart as a test reads it: parsed with a namespace-aware DOM parser, so it must be well-formed XML. */
record SvgChart(Document dom, Map<String, BoxShape> boxes, List<LineShape> lines) {

    static final String SVG = "http://www.w3.org/2000/svg";

    record BoxShape(String id, String kind, double x, double y, double width, double height, String text) {

        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        boolean overlaps(BoxShape o) {
            return x < o.right() && o.x() < right() && y < o.bottom() && o.y() < bottom();
        }
    }

    record LineShape(String from, String to, String kind, boolean dashed, boolean arrowAtStart, boolean arrowAtEnd, List<double[]> points) {
    }

    static SvgChart parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Map<String, BoxShape> boxes = new LinkedHashMap<>();
        NodeList groups = dom.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!g.getAttribute("class").startsWith("box ")) {
                continue;
            }
            Element rect = (Element) g.getElementsByTagNameNS(SVG, "rect").item(0);
            boxes.put(g.getAttribute("data-id"), new BoxShape(g.getAttribute("data-id"), g.getAttribute("class").substring(4),
                    num(rect, "x"), num(rect, "y"), num(rect, "width"), num(rect, "height"), lines(g)));
        }
        List<LineShape> lines = new ArrayList<>();
        NodeList paths = dom.getElementsByTagNameNS(SVG, "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (!p.getAttribute("class").startsWith("line ")) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            for (String step : p.getAttribute("d").split("[ML]")) {
                if (!step.isBlank()) {
                    String[] xy = step.trim().split(",");
                    points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
                }
            }
            lines.add(new LineShape(p.getAttribute("data-from"), p.getAttribute("data-to"), p.getAttribute("class").substring(5),
                    p.hasAttribute("stroke-dasharray"), p.hasAttribute("marker-start"), p.hasAttribute("marker-end"), points));
        }
        return new SvgChart(dom, boxes, lines);
    }

    /** The box's text, a line at a time, joined by spaces as a reader would read it. */
    private static String lines(Element g) {
        List<String> out = new ArrayList<>();
        NodeList spans = g.getElementsByTagNameNS(SVG, "tspan");
        for (int i = 0; i < spans.getLength(); i++) {
            out.add(spans.item(i).getTextContent());
        }
        return String.join(" ", out);
    }

    Element root() {
        return dom.getDocumentElement();
    }

    List<LineShape> lines(String from, String to) {
        return lines.stream().filter(l -> l.from().equals(from) && l.to().equals(to)).toList();
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
