package org.icsdocs.core.site;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.icsdocs.core.incremental.Digest;

/**
 * A page's own part of its incremental key. A page's data holds two kinds of thing: records of
 * the definition (a meeting, a committee), which the definition's fingerprint already covers, and
 * text read from generated fragments (a paper's HTML, an agenda), which it does not. So records
 * count by their type alone, and text counts whole; maps are taken in key order, so the key is the
 * same in every run. Writing the records out in full would cost more than rendering the page.
 */
final class PageKey {

    private PageKey() {
    }

    static String of(SitePage page) {
        Digest d = new Digest()
                .add("path", page.path())
                .add("title", page.title())
                .add("summary", page.summary())
                .add("template", page.template())
                .add("section", page.section())
                .add("breadcrumbs", page.breadcrumbs().toString())
                .add("subjects", page.subjects().toString());
        add(d, "data", page.data());
        return d.hex();
    }

    private static void add(Digest d, String label, Object value) {
        if (value == null) {
            d.add(label, "null");
        } else if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            d.add(label, value.toString());
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            sorted.forEach((k, v) -> add(d, label + "." + k, v));
            d.add(label, "map:" + map.size());
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                add(d, label + "[" + i++ + "]", item);
            }
            d.add(label, "list:" + list.size());
        } else {
            d.add(label, "record:" + value.getClass().getName()); // of the definition: its fingerprint covers the content
        }
    }
}
