package org.icsdocs.core.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.generate.GeneratedFile;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.render.RenderContext;

/**
 * Writes the public website into the generation of the site folder that already holds the
 * documents and board packs: a page for each part of the system and each meeting held in public,
 * the design system's files, a search index, sitemap, Atom feed, 404 page and open data.
 */
public final class SiteGenerator {

    /** Built-in assets, by path under the templates' {@code site/assets/}; each may be overridden by the project. */
    static final List<String> ASSETS = List.of(
            "nhsuk/nhsuk-frontend.min.css", "nhsuk/nhsuk-frontend.min.js", "nhsuk/LICENSE.txt",
            "nhsuk/images/favicon.ico", "nhsuk/images/favicon.svg", "nhsuk/images/nhsuk-icon-180.png",
            "nhsuk/images/nhsuk-icon-arrow-down.svg", "nhsuk/images/nhsuk-icon-arrow-up.svg",
            "nhsuk/images/nhsuk-icon-arrow-up-down.svg", "nhsuk/images/nhsuk-icon-cross.svg",
            "site.css", "print.css", "site.js", "search.js");

    /** Stylesheets of the documents whose fragments the site embeds. */
    static final Map<String, String> DOCUMENT_STYLES = Map.of(
            "constitution/constitution.css", "assets/documents/constitution.css",
            "decision-map/decision-map.css", "assets/documents/decision-map.css",
            "board-pack/board-pack.css", "assets/documents/board-pack.css");

    private SiteGenerator() {
    }

    public static List<GeneratedFile> generate(RenderContext context, OutputTree tree) {
        long started = System.nanoTime();
        Fragments fragments = new Fragments(tree);
        SiteView view = new SiteView(context);
        SiteInfo site = info(context);
        List<SitePage> pages = new ArrayList<>(StructurePages.of(context.definition()));
        pages.addAll(MeetingPages.of(context, fragments, view));
        SiteRenderer renderer = new SiteRenderer(context, site, view, fragments, JsonLd.of(context.definition(), site.baseUrl()));
        List<String> written = new ArrayList<>();
        List<SearchIndex.Entry> search = new ArrayList<>();
        for (SitePage page : pages) {
            String html = renderer.render(page);
            write(tree, written, page.path(), html.getBytes(StandardCharsets.UTF_8));
            search.add(SearchIndex.entry(page, html));
        }
        SitePage notFound = StructurePages.page("404.html", "Page not found", "", "not-found", "", List.of(), Map.of(), List.of());
        write(tree, written, notFound.path(), renderer.render(notFound).getBytes(StandardCharsets.UTF_8));
        for (String asset : ASSETS) {
            write(tree, written, "assets/" + asset, context.templates().asset("site/assets/" + asset));
        }
        DOCUMENT_STYLES.forEach((from, to) -> write(tree, written, to, context.templates().asset(from)));
        write(tree, written, "search-index.json", SearchIndex.json(search));
        write(tree, written, "sitemap.xml", Sitemap.xml(site.baseUrl(), pages));
        write(tree, written, "feed.xml", AtomFeed.xml(context, site, view, pages));
        OpenData.files(context).forEach((path, bytes) -> write(tree, written, path, bytes));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<GeneratedFile> files = new ArrayList<>();
        for (String path : written) {
            files.add(new GeneratedFile(path, tree.resolve(path).toFile().length(), 0, took));
        }
        return files;
    }

    private static SiteInfo info(RenderContext context) {
        String organisation = context.index().icb().map(o -> o.name()).orElse(context.definition().ics().name());
        return new SiteInfo(organisation, context.definition().ics().name(), context.definition().ics().illustrativeNotice(),
                SiteInfo.base(context.definition().ics().website()), SiteInfo.NAVIGATION);
    }

    private static void write(OutputTree tree, List<String> written, String path, byte[] bytes) {
        tree.write(path, bytes);
        written.add(path);
    }
}
