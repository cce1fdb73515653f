package org.icsdocs.core.site;

import java.util.List;

/**
 * What every page shows around its content: the organisation, the system's name, the
 * illustrative notice, the address the site is published at (for the sitemap and feed) and
 * the main navigation.
 */
public record SiteInfo(String organisation, String system, String notice, String baseUrl, List<NavItem> navigation) {

    public SiteInfo {
        navigation = List.copyOf(navigation);
    }

    /** A top-level navigation link. */
    public record NavItem(String title, String path) {
    }

    static final List<NavItem> NAVIGATION = List.of(
            new NavItem("The ICB", "board.html"),
            new NavItem("Partnership", "icp.html"),
            new NavItem("Places", "places/index.html"),
            new NavItem("Partners", "partners.html"),
            new NavItem("Meetings", "meetings/index.html"),
            new NavItem("Engagement", "engagement.html"),
            new NavItem("Documents", "documents.html"));

    /** The public address with a trailing slash; the site's own folder when the definition names none. */
    static String base(String website) {
        if (website == null || website.isBlank()) {
            return "";
        }
        return website.endsWith("/") ? website : website + "/";
    }
}
