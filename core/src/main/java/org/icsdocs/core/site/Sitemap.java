package org.icsdocs.core.site;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code sitemap.xml}: every page, at the address the site is published at. */
final class Sitemap {

    private Sitemap() {
    }

    static byte[] xml(String base, List<SitePage> pages) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitePage page : pages) {
            if (!page.path().equals("search.html")) {
                out.append("  <url><loc>").append(Xml.escape(base + page.path())).append("</loc></url>\n");
            }
        }
        return out.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
