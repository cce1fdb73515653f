package org.icsdocs.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.incremental.IncrementalBuild;
import org.icsdocs.core.incremental.SourceReads;
import org.icsdocs.core.build.GeneratedFile;
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

    /** The job of the files every build writes afresh (assets, search index, sitemap, feed, open data); its key covers them. */
    public static final String JOB = "site";

    /** Each page is a job of its own, {@code page:} and its path. */
    public static final String PAGE_JOBS = "page:";

    /** What the site's files depend on: its own templates, and the documents' stylesheets it publishes. */
    public static final List<String> TEMPLATE_FAMILIES = List.of("site", "constitution", "decision-map", "board-pack");

    private static final List<String> PAGE_FAMILIES = List.of("site");

    private SiteGenerator() {
    }

    /** Every page, in parallel on {@code pool}, reusing those whose inputs are as they were; then the site's other files. */
    public static List<GeneratedFile> generate(RenderContext context, OutputTree tree, IncrementalBuild build, ExecutorService pool,
                                               BuildLog log) throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        Fragments fragments = new Fragments(tree);
        SiteView view = new SiteView(context);
        SiteInfo site = info(context);
        List<SitePage> pages = new ArrayList<>(StructurePages.of(context.definition()));
        pages.addAll(MeetingPages.of(context, fragments, view));
        pages.add(StructurePages.page("404.html", "Page not found", "", "not-found", "", List.of(), Map.of(), List.of()));
        SiteRenderer renderer = new SiteRenderer(site, fragments, JsonLd.of(context.definition(), context.currentOrganisations(), site.baseUrl()));
        // Each page job returns only its search entry, so no more than one page per thread is held in memory.
        List<Future<SearchIndex.Entry>> rendered = new ArrayList<>();
        for (SitePage page : pages) {
            rendered.add(pool.submit(() -> SearchIndex.entry(page, page(page, context, renderer, tree, build))));
        }
        List<SearchIndex.Entry> search = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            SearchIndex.Entry entry = rendered.get(i).get();
            written.add(pages.get(i).path());
            if (!pages.get(i).path().equals("404.html")) {
                search.add(entry);
            }
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String asset : ASSETS) {
            files.put("assets/" + asset, context.templates().asset("site/assets/" + asset));
        }
        DOCUMENT_STYLES.forEach((from, to) -> files.put(to, context.templates().asset(from)));
        files.put("search-index.json", SearchIndex.json(search));
        files.put("sitemap.xml", Sitemap.xml(site.baseUrl(), pages.subList(0, pages.size() - 1)));
        files.put("feed.xml", AtomFeed.xml(context, site, view, pages.subList(0, pages.size() - 1)));
        files.putAll(OpenData.files(context));
        files.putAll(MeetingCalendars.files(context, site, view));
        files.forEach(tree::write);
        build.rendered(JOB, build.key(TEMPLATE_FAMILIES, JOB), new SourceReads(), Map.of(), files);
        written.addAll(files.keySet());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("ics: website: " + pages.size() + " pages, generated in " + took.toMillis() + " ms");
        List<GeneratedFile> out = new ArrayList<>();
        for (String path : written) {
            out.add(new GeneratedFile(path, tree.resolve(path).toFile().length(), 0, took));
        }
        return out;
    }

    /** One page: linked from the last build if its inputs hold, else rendered. Its HTML, for the search index. */
    private static String page(SitePage page, RenderContext context, SiteRenderer renderer, OutputTree tree, IncrementalBuild build) {
        String id = PAGE_JOBS + page.path();
        String key = build.key(PAGE_FAMILIES, PageKey.of(page));
        if (build.reuse(id, key, tree)) {
            try {
                return Files.readString(tree.resolve(page.path()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        RenderContext own = context.forJob();
        SiteRenderer.Rendered html = renderer.render(page, own);
        byte[] bytes = html.html().getBytes(StandardCharsets.UTF_8);
        tree.write(page.path(), bytes);
        build.rendered(id, key, own.reads(), html.embedded(), Map.of(page.path(), bytes));
        return html.html();
    }

    private static SiteInfo info(RenderContext context) {
        String organisation = context.index().icb().map(o -> o.name()).orElse(context.definition().ics().name());
        return new SiteInfo(organisation, context.definition().ics().name(), context.definition().ics().illustrativeNotice(),
                SiteInfo.base(context.definition().ics().website()), SiteInfo.NAVIGATION);
    }
}
