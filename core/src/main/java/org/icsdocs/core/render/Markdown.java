package org.icsdocs.core.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import org.icsdocs.core.markdown.MarkdownTrees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Papers come from anywhere (pasted from Word, exported from other
 * systems) and the site is public, so the HTML flexmark produces is cleaned against an allow-list:
 * no scripts, no event handlers, no styles, links only to http(s), mailto and relative targets.
 * Texts are parsed through the build's {@link MarkdownTrees}, so a paper validation has checked is
 * not parsed again.
 */
public final class Markdown {

    private final MarkdownTrees trees;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    /** A renderer with trees of its own, for a caller with no build to share them with. */
    public Markdown() {
        this(new MarkdownTrees());
    }

    /** @param trees the build's parsed Markdown, shared with validation */
    public Markdown(MarkdownTrees trees) {
        this.trees = trees;
        this.renderer = HtmlRenderer.builder(MarkdownTrees.options()).build();
        this.safelist = Safelist.relaxed()
                .addTags("del", "s", "sup", "sub", "hr", "section")
                .addAttributes(":all", "id", "class")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .removeProtocols("img", "src", "http", "https")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .preserveRelativeLinks(true);
    }

    /**
     * @param markdown     the text
     * @param headingShift how many levels to push headings down, so a paper's "#" sits under the document's own headings
     */
    public String toHtml(String markdown, int headingShift) {
        com.vladsch.flexmark.util.ast.Document tree = trees.parse(markdown);
        String html;
        synchronized (tree) { // the tree may be shared with another job; rendering numbers its footnotes in it
            html = renderer.render(tree);
        }
        // cleaned as a tree, not written out and parsed again: papers are most of a build's HTML
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, "https://base.invalid/"));
        if (headingShift > 0) {
            for (Element h : clean.select("h1, h2, h3, h4, h5, h6")) {
                int level = Math.min(6, Integer.parseInt(h.tagName().substring(1)) + headingShift);
                h.tagName("h" + level);
            }
        }
        for (Element img : clean.select("img:not([alt])")) {
            img.attr("alt", ""); // an image without alt fails PDF/UA and WCAG; an empty alt marks it decorative
        }
        clean.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        return clean.body().html();
    }
}
