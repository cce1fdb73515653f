package org.icsdocs.core.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The index the search page reads (assets/search.js ranks it in the browser, so no server is
 * needed): one entry for each page, and one for each numbered section of a long document the page
 * embeds (the constitution, the decision map), linked to the section's anchor, so a hit in
 * section 6 of the constitution leads to section 6. Each entry keeps its parts apart so the
 * ranking can weigh them: the title, the headings inside it, the body text, and secondary text
 * such as a board paper's cover sheet, which repeats the same fields (conflicts of interest,
 * purpose, author) on every paper and would otherwise outrank the pages about those subjects.
 * The words are stored as written; stemming happens once, in the browser, when it builds its index.
 */
final class SearchIndex {

    /** Enough of a section's or page's text to find it by what it says and show an excerpt, without making the index heavy. */
    static final int MAX_TEXT = 6000;

    /** An embedded document whose headings with an anchor start sections of their own. */
    static final String SECTIONED = ".ics-document";

    /** Text shown on many pages alike (a paper's cover sheet): indexed, but weighed below the body. */
    static final String SECONDARY = ".cover-sheet, [data-search=secondary]";

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** Headings that start a section when they have an anchor; deeper ones stay inside their section. */
    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3");

    /**
     * One search result.
     *
     * @param url      the page, with the section's anchor for a section
     * @param title    the page's title, or the section's heading
     * @param page     for a section, the title of the page it is on; empty for a page
     * @param summary  the page's one-line summary; empty for a section
     * @param headings the headings inside it, below its title
     * @param text     its body text
     * @param cover    its secondary text
     */
    record Entry(String url, String title, String page, String summary, String headings, String text, String cover) {
    }

    private SearchIndex() {
    }

    /** The page's entry, then one for each section of the documents it embeds, in the page's order. */
    static List<Entry> entries(SitePage page, String html) {
        Element main = mainContent(html);
        List<Builder> sections = new ArrayList<>();
        sections.add(new Builder(page.path(), page.title(), ""));
        if (main != null) {
            NodeTraversor.filter(new Splitter(page, sections), main);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Builder b = sections.get(i);
            if (i == 0 || !b.text.toString().isBlank() || !b.headings.toString().isBlank()) {
                entries.add(b.entry(i == 0 ? page.summary() : ""));
            }
        }
        return entries;
    }

    /** Walks the main element in document order, sending each piece of text to the section it falls in. */
    private record Splitter(SitePage page, List<Builder> sections) implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            Builder current = sections.get(sections.size() - 1);
            if (node instanceof TextNode t) {
                current.text.append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            // the page's title is the entry's; a contents list only repeats the headings; scripts are not text
            if (tag.equals("h1") || tag.equals("nav") || tag.equals("script") || tag.equals("style") || tag.equals("template")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.is(SECONDARY)) {
                current.cover.append(' ').append(e.text());
                return FilterResult.SKIP_ENTIRELY;
            }
            if (HEADINGS.contains(tag)) {
                String anchor = anchor(e);
                if (SECTION_HEADINGS.contains(tag) && !anchor.isEmpty() && e.closest(SECTIONED) != null) {
                    sections.add(new Builder(page.path() + "#" + anchor, e.text(), page.title()));
                } else {
                    current.headings.append(' ').append(e.text());
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.isBlock() || tag.equals("br") || tag.equals("td") || tag.equals("th")) {
                current.text.append(' ');
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                sections.get(sections.size() - 1).text.append(' ');
            }
            return FilterResult.CONTINUE;
        }
    }

    /** A heading's anchor: its own id, or that of the section it opens (the documents put the id on the section). */
    private static String anchor(Element heading) {
        if (!heading.id().isEmpty()) {
            return heading.id();
        }
        Element parent = heading.parent();
        return parent != null && parent.firstElementChild() == heading ? parent.id() : "";
    }

    private static final class Builder {
        final String url;
        final String title;
        final String page;
        final StringBuilder headings = new StringBuilder();
        final StringBuilder text = new StringBuilder();
        final StringBuilder cover = new StringBuilder();

        Builder(String url, String title, String page) {
            this.url = url;
            this.title = title;
            this.page = page;
        }

        Entry entry(String summary) {
            return new Entry(url, title, page, summary, squash(headings), cut(squash(text)), squash(cover));
        }
    }

    private static String squash(CharSequence s) {
        return s.toString().replaceAll("\\s+", " ").strip();
    }

    /** At most {@link #MAX_TEXT} characters, ending at a word. */
    private static String cut(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = text.lastIndexOf(' ', MAX_TEXT);
        return text.substring(0, end > 0 ? end : MAX_TEXT);
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

    /** The entries as JSON, leaving out the search page itself and any empty part (a smaller file to download). */
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
            putIfAny(n, "page", e.page());
            putIfAny(n, "summary", e.summary());
            putIfAny(n, "headings", e.headings());
            putIfAny(n, "text", e.text());
            putIfAny(n, "cover", e.cover());
        }
        try {
            return mapper.writeValueAsString(out).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfAny(ObjectNode n, String key, String value) {
        if (!value.isEmpty()) {
            n.put(key, value);
        }
    }
}
