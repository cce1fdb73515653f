package org.icsdocs.core.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.icsdocs.core.render.RenderContext;

/** Renders one page: its content template inside {@code site/layout.ftlh}, with the header, navigation, breadcrumbs and footer. */
final class SiteRenderer {

    private final SiteInfo site;
    private final Fragments fragments;
    private final String jsonLd;

    /** A rendered page, with the generated fragments it embedded. */
    record Rendered(String html, SortedMap<String, String> embedded) {
    }

    SiteRenderer(SiteInfo site, Fragments fragments, String jsonLd) {
        this.site = site;
        this.fragments = fragments;
        this.jsonLd = jsonLd;
    }

    /** @param context the page's own context, which records the definition's files the page reads */
    Rendered render(SitePage page, RenderContext context) {
        Embed embed = new Embed(fragments, page.root());
        SiteView view = new SiteView(context);
        Map<String, Object> model = new HashMap<>(page.data());
        model.put("page", page);
        model.put("root", page.root());
        model.put("site", site);
        model.put("d", context.definition());
        model.put("v", view);
        model.put("hv", new org.icsdocs.core.render.handbook.RegisterView(context));
        model.put("e", embed);
        model.put("departures", Departures.on(page, context.validation()));
        model.put("crumbs", crumbs(page));
        model.put("openData", OpenData.FILES);
        if (page.path().equals("index.html") || page.path().equals("partners.html")) {
            model.put("jsonLd", jsonLd);
        } else if (page.data().get("eventJsonLd") instanceof String event) {
            model.put("jsonLd", event);
        }
        String html = context.templates().render("site/layout.ftlh", model);
        return new Rendered(html, embed.embedded());
    }

    /** The trail without the page itself; the design system shows the last link as "Back to" on small screens. */
    private static List<SitePage.Crumb> crumbs(SitePage page) {
        return new ArrayList<>(page.breadcrumbs());
    }
}
