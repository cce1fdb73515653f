package org.icsdocs.core.render;

import java.util.List;

/**
 * A document ready to publish: its body as an HTML fragment (numbered, cross-referenced), the
 * contents, and what the standalone page and the PDF need to wrap it.
 *
 * @param slug        file name stem, e.g. {@code constitution}
 * @param title       the document's title (PDF title, page title)
 * @param subtitle    e.g. "Version 2.0, approved by NHS England on 1 March 2025"
 * @param bodyHtml    the fragment the website embeds
 * @param contents    numbered headings, for the contents page and the PDF bookmarks
 * @param stylesheets assets (relative to the templates) the document needs, in order
 * @param attachments other files published with it (e.g. {@code decision-map.svg}), by file name
 */
public record RenderedDocument(String slug, String title, String subtitle, String bodyHtml, List<Numbering.Entry> contents,
                               List<String> stylesheets, java.util.SortedMap<String, byte[]> attachments) {

    public RenderedDocument {
        contents = List.copyOf(contents);
        stylesheets = List.copyOf(stylesheets);
        attachments = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(attachments));
    }

    public RenderedDocument(String slug, String title, String subtitle, String bodyHtml, List<Numbering.Entry> contents,
                            List<String> stylesheets) {
        this(slug, title, subtitle, bodyHtml, contents, stylesheets, new java.util.TreeMap<>());
    }
}
