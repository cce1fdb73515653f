package org.icsdocs.core.site;

import java.util.List;
import java.util.Map;

/**
 * One page of the website: where it is written, its title and one-line summary (for search and
 * the feed), the template that renders its content inside the site layout, the navigation
 * section it belongs to, its breadcrumbs and the data its template reads.
 *
 * @param path     relative to the site folder, e.g. {@code committees/audit.html}
 * @param template e.g. {@code site/committee.ftlh}
 * @param section  the path of the top-level navigation item it falls under
 * @param subjects ids (and rule-family prefixes such as {@code BRD-}) whose justified departures the page states
 */
public record SitePage(String path, String title, String summary, String template, String section, List<Crumb> breadcrumbs,
                       Map<String, Object> data, List<String> subjects) {

    public SitePage {
        breadcrumbs = List.copyOf(breadcrumbs);
        data = Map.copyOf(data);
        subjects = List.copyOf(subjects);
    }

    /** A link in the breadcrumb trail. */
    public record Crumb(String title, String path) {
    }

    /** {@code ../} once for each folder the page is in: prefixes every link, so the site works from any folder. */
    public String root() {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
