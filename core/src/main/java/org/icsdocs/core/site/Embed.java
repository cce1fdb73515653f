package org.icsdocs.core.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts a document fragment into a page (as {@code e.…} in templates): links in fragments are
 * relative to the site folder, so they are rebased for the page's folder; tables take the design
 * system's classes.
 */
public final class Embed {

    private final Fragments fragments;
    private final String root;

    Embed(Fragments fragments, String root) {
        this.fragments = fragments;
        this.root = root;
    }

    /** The fragment at a site path, ready to embed, or an empty string when it was not generated. */
    public String fragment(String path) {
        return fragments.read(path).map(this::html).orElse("");
    }

    public boolean exists(String path) {
        return fragments.find(path).isPresent();
    }

    public String html(String fragment) {
        Document doc = Jsoup.parseBodyFragment(fragment);
        for (Element e : doc.select("a[href], link[href]")) {
            e.attr("href", rebase(e.attr("href")));
        }
        for (Element e : doc.select("img[src]")) {
            e.attr("src", rebase(e.attr("src")));
        }
        for (Element table : doc.select("table")) {
            table.addClass("nhsuk-table");
            table.select("> caption").addClass("nhsuk-table__caption");
            table.select("tr").addClass("nhsuk-table__row");
            table.select("th").addClass("nhsuk-table__header");
            table.select("td").addClass("nhsuk-table__cell");
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private String rebase(String href) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("/") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return href;
        }
        return root + href;
    }
}
