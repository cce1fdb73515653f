package org.icsdocs.core.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The index the search page reads: each page's address, title, summary and text, built at generation so no server is needed. */
final class SearchIndex {

    /** Enough of a page's text to find it by what it says, without making the index heavy. */
    private static final int MAX_TEXT = 4000;

    record Entry(String url, String title, String summary, String text) {
    }

    private SearchIndex() {
    }

    static Entry entry(SitePage page, String html) {
        Element main = mainContent(html);
        String text = main == null ? "" : main.text();
        return new Entry(page.path(), page.title(), page.summary(), text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
    }

    /**
     * The page's main element. Only that element is parsed when it can be found as text: the
     * header, navigation and footer around it are the same on every page and were a third of the
     * parsing a profile showed.
     */
    private static Element mainContent(String html) {
        int id = html.indexOf("id=\"maincontent\"");
        int start = id < 0 ? -1 : html.lastIndexOf("<main", id);
        int end = html.lastIndexOf("</main>");
        if (start >= 0 && end > id && html.indexOf("<main", id) < 0) {
            Element main = Jsoup.parseBodyFragment(html.substring(start, end + "</main>".length())).getElementById("maincontent");
            if (main != null) {
                return main;
            }
        }
        return Jsoup.parse(html).getElementById("maincontent");
    }

    static byte[] json(List<Entry> entries) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode out = mapper.createArrayNode();
        for (Entry e : entries) {
            if (e.url().equals("search.html")) {
                continue;
            }
            ObjectNode n = out.addObject();
            n.put("url", e.url());
            n.put("title", e.title());
            n.put("summary", e.summary());
            n.put("text", e.text());
        }
        try {
            return mapper.writeValueAsString(out).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
