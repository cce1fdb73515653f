package org.icsdocs.core.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.site.SitePage.Crumb;

/**
 * The meetings index, a page per meeting held in public (its agenda, papers and pack) and a page
 * per paper. Private meetings are never published: their packs are not even written.
 */
final class MeetingPages {

    static final Crumb MEETINGS = new Crumb("Meetings and papers", "meetings/index.html");

    private static final List<String> STYLES = List.of("assets/documents/board-pack.css");

    private MeetingPages() {
    }

    static List<SitePage> of(RenderContext context, Fragments fragments, SiteView view) {
        List<SitePage> pages = new ArrayList<>();
        RecordView record = new RecordView(context, view, path -> fragments.find("fragments/" + path).isPresent());
        pages.add(StructurePages.page("meetings/index.html", "Meetings and papers", "Meetings held in public, by body and year, with their papers.",
                "meetings", "meetings/index.html", List.of(StructurePages.HOME), Map.of("record", record), List.of()));
        pages.addAll(recordPages(record));
        for (Meeting m : SiteView.publicMeetings(context)) {
            String folder = "meetings/" + m.id() + "/";
            String title = title(m, view);
            Map<String, String> papers = papers(m, fragments);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("meeting", m);
            data.put("papers", papers);
            data.put("styles", STYLES);
            data.put("record", record);
            data.put("eventJsonLd", JsonLd.event(m, title, view.bodyName(m.body()), SiteInfo.base(context.definition().ics().website())));
            fragments.read("fragments/meetings/" + m.id() + "/agenda.html").ifPresent(a -> data.put("agenda", a));
            fragments.find("documents/meetings/" + m.id() + ".pdf").ifPresent(p -> data.put("pack", p));
            pages.add(StructurePages.page(folder + "index.html", title, "Agenda and papers of the " + title + ".", "meeting",
                    "meetings/index.html", List.of(StructurePages.HOME, MEETINGS), data, List.of(m.id())));
            Crumb meeting = new Crumb(title, folder + "index.html");
            if (record.minutesHref(m) != null) {
                pages.add(StructurePages.page(record.minutesHref(m), "Minutes: " + title, "The minutes of the " + title + ".", "minutes",
                        "meetings/index.html", List.of(StructurePages.HOME, MEETINGS, meeting), Map.of("meeting", m, "record", record), List.of()));
            }
            for (Map.Entry<String, String> paper : papers.entrySet()) {
                String file = paper.getKey();
                String html = fragments.read("fragments/meetings/" + m.id() + "/" + file).orElseThrow();
                pages.add(StructurePages.page(folder + file, paper.getValue(), "A paper for the " + title + ".", "paper",
                        "meetings/index.html", List.of(StructurePages.HOME, MEETINGS, meeting), Map.of("meeting", m, "paper", html, "styles", STYLES), List.of()));
            }
        }
        return pages;
    }

    /** The decisions register (all bodies, and one page per body as its filter), the action tracker, attendance and the forward plan. */
    private static List<SitePage> recordPages(RecordView record) {
        List<SitePage> pages = new ArrayList<>();
        List<Crumb> crumbs = List.of(StructurePages.HOME, MEETINGS);
        pages.add(StructurePages.page(DECISIONS, "Decisions register", "Every decision of the board and its committees at meetings held in public, and those taken between meetings.",
                "decisions", "meetings/index.html", crumbs, Map.of("record", record, "only", ""), List.of("REC-")));
        record.decisionBodies().forEach((body, name) -> pages.add(StructurePages.page("meetings/decisions/" + body + ".html", "Decisions register: " + name,
                "The decisions of " + name + ".", "decisions", "meetings/index.html",
                List.of(StructurePages.HOME, MEETINGS, new Crumb("Decisions register", DECISIONS)), Map.of("record", record, "only", body), List.of())));
        pages.add(StructurePages.page("meetings/actions.html", "Action tracker", "The actions agreed at meetings held in public, followed from meeting to meeting until closed.",
                "actions", "meetings/index.html", crumbs, Map.of("record", record), List.of()));
        pages.add(StructurePages.page("meetings/attendance.html", "Members' attendance record", "How many meetings held in public each member attended, by year.",
                "attendance", "meetings/index.html", crumbs, Map.of("record", record), List.of()));
        pages.add(StructurePages.page("meetings/forward-plan.html", "Forward plan", "The business planned for the coming meetings of the board and its committees.",
                "forward-plan", "meetings/index.html", crumbs, Map.of("record", record), List.of()));
        return pages;
    }

    static final String DECISIONS = "meetings/decisions.html";

    static String title(Meeting m, SiteView view) {
        String name = m.title() != null ? m.title() : view.bodyName(m.body());
        return m.date() == null ? name : name + ", " + view.date(m.date());
    }

    /** The papers published for a meeting, by file name, in agenda order, titled by item. */
    private static Map<String, String> papers(Meeting m, Fragments fragments) {
        Map<String, String> out = new LinkedHashMap<>();
        for (AgendaItem item : m.items()) {
            String file = m.numberOf(item) + ".html";
            if (fragments.find("fragments/meetings/" + m.id() + "/" + file).isPresent()) {
                out.put(file, m.numberOf(item) + " " + item.title());
            }
        }
        return out;
    }
}
