package org.icsdocs.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Every link, stylesheet, script and image a set of pages names inside the site, checked to resolve (fragments included). */
record InternalLinks(int checked, List<String> broken) {

    static InternalLinks of(Path site, List<String> pages) {
        Map<Path, Document> parsed = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : pages) {
            Path file = site.resolve(page);
            Document doc = parsed.computeIfAbsent(file, InternalLinks::parse);
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (URI.create(target.replace(" ", "%20")).getScheme() != null) {
                    continue;
                }
                checked++;
                String path = target.replaceAll("[?#].*$", "");
                String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                if (!resolved.startsWith(site) || !Files.isRegularFile(resolved)) {
                    broken.add(page + ": " + target);
                } else if (!fragment.isEmpty() && resolved.toString().endsWith(".html")
                        && parsed.computeIfAbsent(resolved, InternalLinks::parse).getElementById(fragment) == null) {
                    broken.add(page + ": " + target + " (no #" + fragment + ")");
                }
            }
        }
        return new InternalLinks(checked, broken);
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
