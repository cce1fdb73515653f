package org.icsdocs.core.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.render.scheme.SchemeView;
import org.icsdocs.core.validate.DefinitionIndex;
import org.icsdocs.core.site.SitePage.Crumb;

/** The pages about the system and its bodies: everything but the meetings. */
final class StructurePages {

    static final Crumb HOME = new Crumb("Home", "index.html");
    static final Crumb ICB = new Crumb("Integrated care board", "board.html");
    static final Crumb COMMITTEES = new Crumb("Committees", "committees/index.html");
    static final Crumb PLACES = new Crumb("Places", "places/index.html");

    private StructurePages() {
    }

    static List<SitePage> of(Definition d) {
        String system = d.ics().displayName();
        List<SitePage> pages = new ArrayList<>();
        pages.add(page("index.html", d.ics().name(), "What the " + system + " integrated care system is, its vision and its aims.",
                "home", "index.html", List.of(), Map.of(), List.of()));
        pages.add(page("board.html", board(d), "The members of the board: role, sector, term of office and declared interests.",
                "board", "board.html", List.of(HOME), Map.of(), List.of("BRD-", d.board().id())));
        pages.add(page("committees/index.html", "Committees of the board", "The committees of the board and what each is for.",
                "committees", "board.html", List.of(HOME, ICB), Map.of(), List.of("CTE-")));
        for (Committee c : d.committees()) {
            pages.add(page("committees/" + c.id() + ".html", c.name(), c.purpose() == null ? "Terms of reference of the " + c.name() + "." : c.purpose(),
                    "committee", "board.html", List.of(HOME, ICB, COMMITTEES), Map.of("committee", c), List.of(c.id())));
        }
        if (d.icp() != null) {
            pages.add(page("icp.html", d.icp().name(), "The integrated care partnership: its members and the integrated care strategy.",
                    "icp", "icp.html", List.of(HOME), Map.of("icp", d.icp()), List.of("ICP-", d.icp().id())));
        }
        pages.add(page("places/index.html", "Places", "The place-based partnerships of " + system + ".",
                "places", "places/index.html", List.of(HOME), Map.of(), List.of("PLC-")));
        for (Place p : d.places()) {
            pages.add(page("places/" + p.id() + ".html", p.name(), p.summary() == null ? "How " + p.name() + " is governed." : p.summary(),
                    "place", "places/index.html", List.of(HOME, PLACES), Map.of("place", p), List.of(p.id())));
        }
        pages.add(page("pcns.html", "Primary care networks", "The primary care networks of each place.",
                "pcns", "places/index.html", List.of(HOME, PLACES), Map.of(), List.of("NBH-")));
        pages.add(page("collaboratives.html", "Provider collaboratives", "The provider collaboratives and what they do.",
                "collaboratives", "partners.html", List.of(HOME), Map.of(), List.of("PCL-")));
        pages.add(page("partners.html", "Partner organisations", "The organisations that make up the system.",
                "partners", "partners.html", List.of(HOME), Map.of(), List.of("STR-")));
        pages.add(page("constitution.html", "Constitution", "The constitution of the integrated care board.",
                "constitution", "documents.html", List.of(HOME, new Crumb("Documents", "documents.html")),
                Map.of("styles", List.of("assets/documents/constitution.css")), List.of()));
        pages.add(page("decision-map.html", "Functions and decision map", "Who takes which decisions, and who they report to.",
                "decision-map", "documents.html", List.of(HOME, new Crumb("Documents", "documents.html")),
                Map.of("styles", List.of("assets/documents/decision-map.css")), List.of("FUN-", "DEL-")));
        if (d.scheme() != null) {
            // One view of the scheme for both pages: the same words the document prints.
            SchemeView scheme = new SchemeView(d, new DefinitionIndex(d));
            pages.add(page("scheme-of-delegation.html", "Scheme of reservation and delegation", "The decisions the board reserves to itself and who may take the others, up to what amount.",
                    "scheme-of-delegation", "documents.html", List.of(HOME, new Crumb("Documents", "documents.html")),
                    Map.of("styles", List.of("assets/documents/scheme.css")), List.of("SOD-")));
            pages.add(page("who-can-approve.html", "Who can approve this?", "Choose a kind of decision and an amount to see who may take it and their limit.",
                    "who-can-approve", "documents.html", List.of(HOME, new Crumb("Documents", "documents.html")),
                    Map.of("scheme", scheme, "styles", List.of("assets/documents/scheme.css")), List.of()));
        }
        pages.add(page("register.html", "Register of interests", "The interests declared by members of the board and its committees.",
                "register", "board.html", List.of(HOME, ICB), Map.of(), List.of("COI-")));
        pages.add(page("engagement.html", "Working with people and communities", "How the system works with people and communities.",
                "engagement", "engagement.html", List.of(HOME), Map.of(), List.of("ENG-")));
        pages.add(page("documents.html", "Documents", "The constitution, the decision map, meeting papers and open data.",
                "documents", "documents.html", List.of(HOME), Map.of(), List.of()));
        pages.add(page("attend.html", "How to attend a meeting and ask a question", "Coming to a meeting held in public, watching it, and asking the board a question.",
                "attend", "meetings/index.html", List.of(HOME, MeetingPages.MEETINGS), Map.of(), List.of()));
        pages.add(page("accessibility.html", "Accessibility statement", "How accessible this website and its documents are, and how to report a problem.",
                "accessibility", "", List.of(HOME), Map.of(), List.of()));
        pages.add(page("search.html", "Search", "Search this site.", "search", "", List.of(HOME), Map.of(), List.of()));
        return pages;
    }

    private static String board(Definition d) {
        return d.board().name() == null ? "The board" : d.board().name();
    }

    static SitePage page(String path, String title, String summary, String template, String section, List<Crumb> crumbs,
                         Map<String, Object> data, List<String> subjects) {
        return new SitePage(path, title, summary, "site/pages/" + template + ".ftlh", section, crumbs, data, subjects);
    }
}
