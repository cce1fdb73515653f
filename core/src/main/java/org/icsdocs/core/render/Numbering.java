package org.icsdocs.core.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Numbers a document's sections and clauses and resolves its cross-references, so templates
 * only mark structure and never carry numbers that go stale when a section is added.
 *
 * <p>Templates write {@code <section class="numbered" id="composition">} with a heading as its
 * first child (nested sections are sub-sections), {@code <p class="clause" id="…">} for numbered
 * clauses, and {@code <a class="xref" href="#composition"></a>} where the text refers to one;
 * the reference becomes "section 2" or "clause 3.2.1". A {@code <nav class="toc">} element is
 * filled with the contents. Appendices ({@code class="numbered appendix"}) are lettered A, B….
 */
public final class Numbering {

    /** A numbered heading, for the contents and the PDF bookmarks. */
    public record Entry(String id, String number, String title, int depth) {
    }

    /** The processed body and its contents. */
    public record Result(String html, List<Entry> contents) {
    }

    public Result apply(String bodyHtml) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        Map<String, String> labels = new HashMap<>();
        List<Entry> contents = new ArrayList<>();
        int top = 0;
        int appendix = 0;
        for (Element section : doc.body().select("section.numbered")) {
            if (section.parents().stream().anyMatch(p -> p.hasClass("numbered") && p.tagName().equals("section"))) {
                continue; // handled by its parent
            }
            String number = section.hasClass("appendix") ? String.valueOf((char) ('A' + appendix++)) : String.valueOf(++top);
            number(section, number, section.hasClass("appendix") ? "appendix" : "section", 1, labels, contents);
        }
        for (Element ref : doc.body().select("a.xref[href^=#]")) {
            String target = ref.attr("href").substring(1);
            String label = labels.get(target);
            ref.text(label == null ? "[missing reference: " + target + "]" : label);
        }
        Element toc = doc.body().selectFirst("nav.toc");
        if (toc != null) {
            Element list = toc.appendElement("ol").addClass("toc-list");
            for (Entry e : contents) {
                Element li = list.appendElement("li").addClass("toc-depth-" + e.depth());
                Element a = li.appendElement("a").attr("href", "#" + e.id());
                a.appendElement("span").addClass("toc-number").text(e.number());
                a.appendText(" " + e.title());
            }
        }
        return new Result(doc.body().html(), List.copyOf(contents));
    }

    private void number(Element section, String number, String noun, int depth, Map<String, String> labels, List<Entry> contents) {
        Element heading = section.children().stream().filter(c -> c.tagName().matches("h[1-6]")).findFirst().orElse(null);
        String id = section.id().isEmpty() ? "s-" + number.replace('.', '-') : section.id();
        section.id(id);
        labels.put(id, (depth == 1 ? noun : "paragraph") + " " + number);
        if (heading != null) {
            contents.add(new Entry(id, number, heading.text(), depth));
            heading.prependElement("span").addClass("number").text(number + (depth == 1 && noun.equals("appendix") ? ":" : "") + " ");
        }
        int clause = 0;
        int child = 0;
        for (Element e : section.children()) {
            if (e.tagName().equals("section") && e.hasClass("numbered")) {
                number(e, number + "." + (++child), noun, depth + 1, labels, contents);
            } else if (e.hasClass("clause")) {
                String n = number + "." + (++clause);
                if (!e.id().isEmpty()) {
                    labels.put(e.id(), "clause " + n);
                }
                e.prependElement("span").addClass("clause-number").text(n + " ");
            }
        }
    }
}
