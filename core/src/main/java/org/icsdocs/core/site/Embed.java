package org.icsdocs.core.site;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.icsdocs.core.incremental.Digest;
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
    private final SortedMap<String, String> embedded = new TreeMap<>();

    Embed(Fragments fragments, String root) {
        this.fragments = fragments;
        this.root = root;
    }

    /** The fragment at a site path, ready to embed, or an empty string when it was not generated. */
    public String fragment(String path) {
        Optional<String> fragment = fragments.read(path);
        embedded.put(path, fragment.map(Digest::of).orElse(Digest.ABSENT));
        return fragment.map(this::html).orElse("");
    }

    public boolean exists(String path) {
        boolean exists = fragments.find(path).isPresent();
        embedded.putIfAbsent(path, exists ? Digest.PRESENT : Digest.ABSENT);
        return exists;
    }

    /** The generated files this page embedded or looked for, with their fingerprints: what the page depends on besides its own data. */
    SortedMap<String, String> embedded() {
        return new TreeMap<>(embedded);
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
