package org.icsdocs.core.render.amendment;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The text of a rendered constitution (its numbered HTML body) as a list of {@link ClauseEntry},
 * in reading order. The contents list and the illustrative-content notice are left out: they are
 * not clauses of the constitution.
 */
public final class ClauseExtractor {

    public List<ClauseEntry> extract(String numberedBodyHtml) {
        Element body = Jsoup.parseBodyFragment(numberedBodyHtml).body();
        List<ClauseEntry> out = new ArrayList<>();
        walk(body, "", 0, out);
        return List.copyOf(out);
    }

    private void walk(Element container, String section, int depth, List<ClauseEntry> out) {
        for (Element e : container.children()) {
            String tag = e.tagName();
            if (tag.equals("nav") || e.hasClass("illustrative-notice")) {
                continue;
            }
            if (tag.equals("section") && e.hasClass("numbered")) {
                walk(e, e.id(), depth + 1, out);
            } else if (tag.matches("h[2-6]") && e.parent() != null && e.parent().hasClass("numbered")) {
                Element number = e.selectFirst("span.number");
                String n = number == null ? "" : number.text().replaceAll(":$", "").strip();
                out.add(new ClauseEntry(ClauseEntry.HEADING, section, n, depth, textWithout(e, "span.number")));
            } else if (tag.equals("p") && e.hasClass("clause")) {
                Element number = e.selectFirst("span.clause-number");
                out.add(new ClauseEntry(ClauseEntry.CLAUSE, section, number == null ? "" : number.text().strip(), 0, textWithout(e, "span.clause-number")));
            } else if (tag.equals("ol") || tag.equals("ul")) {
                for (Element li : e.select("> li")) {
                    out.add(new ClauseEntry("item", section, "", 0, li.text()));
                }
            } else if (tag.equals("table")) {
                for (Element tr : e.select("tr")) {
                    out.add(new ClauseEntry("row", section, "", 0, String.join(" | ", tr.children().eachText())));
                }
            } else if (tag.equals("p") || tag.matches("h[2-6]")) {
                if (!e.text().isBlank()) {
                    out.add(new ClauseEntry("text", section, "", 0, e.text()));
                }
            } else {
                walk(e, section, depth, out);
            }
        }
    }

    private static String textWithout(Element e, String selector) {
        Element copy = e.clone();
        copy.select(selector).remove();
        return copy.text().strip();
    }
}
