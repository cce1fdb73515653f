package org.icsdocs.core.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Papers come from anywhere (pasted from Word, exported from other
 * systems) and the site is public, so the HTML flexmark produces is cleaned against an allow-list:
 * no scripts, no event handlers, no styles, links only to http(s), mailto and relative targets.
 */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true); // raw HTML in a paper is shown as text, never run
        options.set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
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
        String html = renderer.render(parser.parse(markdown));
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
