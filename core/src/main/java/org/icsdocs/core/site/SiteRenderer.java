package org.icsdocs.core.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.render.RenderContext;

/** Renders one page: its content template inside {@code site/layout.ftlh}, with the header, navigation, breadcrumbs and footer. */
final class SiteRenderer {

    private final RenderContext context;
    private final SiteInfo site;
    private final SiteView view;
    private final Fragments fragments;
    private final String jsonLd;

    SiteRenderer(RenderContext context, SiteInfo site, SiteView view, Fragments fragments, String jsonLd) {
        this.context = context;
        this.site = site;
        this.view = view;
        this.fragments = fragments;
        this.jsonLd = jsonLd;
    }

    String render(SitePage page) {
        Map<String, Object> model = new HashMap<>(page.data());
        model.put("page", page);
        model.put("root", page.root());
        model.put("site", site);
        model.put("d", context.definition());
        model.put("v", view);
        model.put("e", new Embed(fragments, page.root()));
        model.put("departures", Departures.on(page, context.validation()));
        model.put("crumbs", crumbs(page));
        model.put("openData", OpenData.FILES);
        if (page.path().equals("index.html") || page.path().equals("partners.html")) {
            model.put("jsonLd", jsonLd);
        }
        return context.templates().render("site/layout.ftlh", model);
    }

    /** The trail without the page itself; the design system shows the last link as "Back to" on small screens. */
    private static List<SitePage.Crumb> crumbs(SitePage page) {
        return new ArrayList<>(page.breadcrumbs());
    }
}
