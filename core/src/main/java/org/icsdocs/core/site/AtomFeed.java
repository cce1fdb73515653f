package org.icsdocs.core.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.render.RenderContext;

/**
 * {@code feed.xml}: an Atom feed with an entry for each meeting held in public and each of its
 * papers, newest first. Dates come from the definition (the date the meeting's papers were published,
 * or its date), never from the clock.
 */
final class AtomFeed {

    private AtomFeed() {
    }

    static byte[] xml(RenderContext context, SiteInfo site, SiteView view, List<SitePage> pages) {
        List<Meeting> meetings = new ArrayList<>(view.publicMeetings());
        meetings.sort(Comparator.comparing(AtomFeed::published).reversed().thenComparing(Meeting::id));
        LocalDate updated = meetings.isEmpty() ? context.buildDate() : published(meetings.get(0));
        String base = site.baseUrl();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n")
                .append("  <title>").append(Xml.escape(site.organisation() + ": meetings and papers")).append("</title>\n")
                .append("  <id>").append(Xml.escape(id(base, context, "feed.xml"))).append("</id>\n")
                .append("  <updated>").append(updated).append("T00:00:00Z</updated>\n")
                .append("  <author><name>").append(Xml.escape(site.organisation())).append("</name></author>\n")
                .append("  <link rel=\"self\" href=\"").append(Xml.escape(base + "feed.xml")).append("\"/>\n");
        for (Meeting m : meetings) {
            for (SitePage page : pages) {
                if (page.data().get("meeting") == m) {
                    LocalDate date = published(m);
                    entry(out, base, context, page.path(), page.title(), date, page.summary());
                }
            }
        }
        return out.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(StringBuilder out, String base, RenderContext context, String path, String title, LocalDate date, String summary) {
        out.append("  <entry>\n")
                .append("    <title>").append(Xml.escape(title)).append("</title>\n")
                .append("    <id>").append(Xml.escape(id(base, context, path))).append("</id>\n")
                .append("    <link href=\"").append(Xml.escape(base + path)).append("\"/>\n")
                .append("    <updated>").append(date).append("T00:00:00Z</updated>\n")
                .append("    <summary>").append(Xml.escape(summary)).append("</summary>\n")
                .append("  </entry>\n");
    }

    /** A stable identifier: the page's address, or a tag URI when the site's address is not known. */
    private static String id(String base, RenderContext context, String path) {
        return base.isEmpty() ? "tag:ics-docs," + context.definition().ics().id() + ":" + path : base + path;
    }

    private static LocalDate published(Meeting m) {
        if (m.papersPublishedOn() != null) {
            return m.papersPublishedOn();
        }
        return m.date() == null ? LocalDate.of(1970, 1, 1) : m.date();
    }
}
