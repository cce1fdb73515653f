package org.icsdocs.core.render.handbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.RelatedDocument;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.Numbering;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.amendment.InForceConstitution;
import org.icsdocs.core.render.scheme.SchemeRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The governance handbook: the documents the constitution says the ICB publishes beside it, in
 * one. Each part comes from the same source as its own page: the constitution in force (with
 * its standing orders) and the scheme of reservation and delegation from their own renderers; related documents the definition supplies as Markdown (the standing financial
 * instructions); the committees' terms of reference and the registers from the templates their
 * pages use ({@code handbook/}). Ids are prefixed per part so that the parts' anchors stay unique.
 */
public final class HandbookRenderer implements DocumentRenderer {

    public static final String SLUG = "governance-handbook";
    static final String TEMPLATE = "handbook/handbook.ftlh";
    static final String STYLESHEET = "handbook/handbook.css";

    @Override
    public String templateFamily() {
        return "handbook";
    }

    /** The constitution's and the scheme's templates print parts 1 and 2; a change to them changes the handbook. */
    @Override
    public List<String> templateFamilies() {
        return List.of("handbook", "constitution", "scheme");
    }

    @Override
    public RenderedDocument render(RenderContext context) {
        Definition d = context.definition();
        RenderedDocument constitution = new InForceConstitution().render(context);
        Map<String, Object> model = new HashMap<>();
        model.put("hv", new RegisterView(context));
        model.put("d", d);
        model.put("organisation", context.index().icb().map(o -> o.name()).orElse(d.ics().name()));
        model.put("constitution", withPrefixedIds(withoutContents(constitution.bodyHtml()), "c-"));
        model.put("constitutionSubtitle", constitution.subtitle());
        SchemeRenderer schemeRenderer = new SchemeRenderer();
        RenderedDocument scheme = schemeRenderer.publishes(d) ? schemeRenderer.render(context) : null;
        if (scheme != null) {
            model.put("scheme", withPrefixedIds(withoutContents(scheme.bodyHtml()), "s-"));
            model.put("schemeSubtitle", scheme.subtitle());
        }
        model.put("related", related(d, context));
        String html = context.templates().render(TEMPLATE, model);
        List<Numbering.Entry> contents = contents(html, Map.of("part-constitution", prefixed(constitution.contents(), "c-"),
                "part-scheme", scheme == null ? List.of() : prefixed(scheme.contents(), "s-")));
        String asAt = "As at " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(context.buildDate());
        return new RenderedDocument(SLUG, "Governance handbook", asAt,
                fillContents(html, contents), contents, List.of("constitution/constitution.css", "scheme/scheme.css", STYLESHEET));
    }

    /** Related documents the definition supplies as Markdown files (the standing financial instructions, say), as HTML. */
    private static List<Map<String, String>> related(Definition d, RenderContext context) {
        List<Map<String, String>> out = new ArrayList<>();
        if (d.constitution() == null) {
            return out;
        }
        int n = 0;
        for (RelatedDocument r : d.constitution().relatedDocuments()) {
            if (r.file() != null && r.file().extension().equals("md")) {
                String html = topHeadingsAt(context.markdownFile(r.file(), 0), 3);
                out.add(Map.of("id", "related-" + ++n, "title", r.title(), "html", withPrefixedIds(html, "r" + n + "-")));
            }
        }
        return out;
    }

    /**
     * An author's document under its part's heading (an h2): its highest headings become {@code level},
     * the rest keep their steps below, so no level is skipped whichever level the author started at.
     */
    static String topHeadingsAt(String html, int level) {
        Document doc = parse(html);
        int top = 6;
        for (Element h : doc.body().select("h1, h2, h3, h4, h5, h6")) {
            top = Math.min(top, h.tagName().charAt(1) - '0');
        }
        for (Element h : doc.body().select("h1, h2, h3, h4, h5, h6")) {
            h.tagName("h" + Math.min(6, h.tagName().charAt(1) - '0' - top + level));
        }
        return doc.body().html();
    }

    private static String withoutContents(String html) {
        Document doc = parse(html);
        doc.body().select("nav.toc").remove();
        return doc.body().html();
    }

    /** Prefixes every id and same-document link, so two parts can both have a section called "introduction". */
    static String withPrefixedIds(String html, String prefix) {
        Document doc = parse(html);
        for (Element e : doc.body().select("[id]")) {
            e.id(prefix + e.id());
        }
        for (Element a : doc.body().select("a[href^=#]")) {
            a.attr("href", "#" + prefix + a.attr("href").substring(1));
        }
        for (Element e : doc.body().select("[aria-labelledby]")) {
            e.attr("aria-labelledby", prefix + e.attr("aria-labelledby"));
        }
        return doc.body().html();
    }

    private static List<Numbering.Entry> prefixed(List<Numbering.Entry> entries, String prefix) {
        return entries.stream().map(e -> new Numbering.Entry(prefix + e.id(), e.number(), e.title(), e.depth())).toList();
    }

    /**
     * One entry per part ({@code section.part}, numbered Part 1, Part 2…); under a part that is a
     * whole document (the constitution, the scheme) that document's own contents with their printed
     * numbers, and under the others each {@code .part-entry} heading.
     */
    private static List<Numbering.Entry> contents(String html, Map<String, List<Numbering.Entry>> documents) {
        Document doc = parse(html);
        List<Numbering.Entry> out = new ArrayList<>();
        int part = 0;
        for (Element section : doc.body().select("section.part")) {
            Element heading = section.selectFirst("h2");
            part++;
            out.add(new Numbering.Entry(section.id(), "Part " + part + ":", heading == null ? "" : heading.text(), 1));
            if (documents.containsKey(section.id())) {
                for (Numbering.Entry e : documents.get(section.id())) {
                    out.add(new Numbering.Entry(e.id(), e.number(), e.title(), e.depth() + 1));
                }
                continue;
            }
            int n = 0;
            for (Element entry : section.select(".part-entry")) {
                out.add(new Numbering.Entry(entry.id(), part + "." + ++n, entry.text(), 2));
            }
        }
        return out;
    }

    private static String fillContents(String html, List<Numbering.Entry> contents) {
        Document doc = parse(html);
        Element toc = doc.body().selectFirst("nav.handbook-toc");
        if (toc != null) {
            Element list = toc.appendElement("ol").addClass("toc-list");
            for (Numbering.Entry e : contents) {
                if (e.depth() > 2) {
                    continue; // the parts and their sections; the constitution's clauses are in its own contents
                }
                Element a = list.appendElement("li").addClass("toc-depth-" + e.depth()).appendElement("a").attr("href", "#" + e.id());
                a.appendElement("span").addClass("toc-number").text(e.number());
                a.appendText(" " + e.title());
            }
        }
        return doc.body().html();
    }

    private static Document parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        return doc;
    }
}
