package org.icsdocs.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.build.Job;
import org.icsdocs.core.build.JobGenerator;
import org.icsdocs.core.build.JobOutput;
import org.icsdocs.core.build.Stage;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.render.RenderContext;

/**
 * Writes the public website into the generation of the site folder that already holds the
 * documents and board packs: a page for each part of the system and each meeting held in public,
 * the design system's files, a search index, sitemap, Atom feed, 404 page and open data.
 * A generator like the documents and packs: its pages run in a later stage than they do,
 * because they embed their fragments, and the files that sum the pages up in the stage after.
 */
public final class SiteGenerator implements JobGenerator {

    /** Built-in assets, by path under the templates' {@code site/assets/}; each may be overridden by the project. */
    static final List<String> ASSETS = List.of(
            "nhsuk/nhsuk-frontend.min.css", "nhsuk/nhsuk-frontend.min.js", "nhsuk/LICENSE.txt",
            "nhsuk/images/favicon.ico", "nhsuk/images/favicon.svg", "nhsuk/images/nhsuk-icon-180.png",
            "nhsuk/images/nhsuk-icon-arrow-down.svg", "nhsuk/images/nhsuk-icon-arrow-up.svg",
            "nhsuk/images/nhsuk-icon-arrow-up-down.svg", "nhsuk/images/nhsuk-icon-cross.svg",
            "site.css", "print.css", "site.js", "search.js", "lunr/lunr.min.js", "lunr/LICENSE.txt", "approve.js");

    /** Stylesheets of the documents whose fragments the site embeds. */
    static final Map<String, String> DOCUMENT_STYLES = Map.of(
            "constitution/constitution.css", "assets/documents/constitution.css",
            "decision-map/decision-map.css", "assets/documents/decision-map.css",
            "board-pack/board-pack.css", "assets/documents/board-pack.css",
            "scheme/scheme.css", "assets/documents/scheme.css");

    /** The job of the files every build writes afresh (assets, search index, sitemap, feed, open data); its key covers them. */
    public static final String JOB = "site";

    /** Each page is a job of its own, {@code page:} and its path. */
    public static final String PAGE_JOBS = "page:";

    /** What the site's files depend on: its own templates, and the documents' stylesheets it publishes. */
    public static final List<String> TEMPLATE_FAMILIES = List.of("site", "handbook", "constitution", "decision-map", "board-pack", "scheme");

    /** The pages' own templates, and the registers and terms of reference they share with the governance handbook. */
    private static final List<String> PAGE_FAMILIES = List.of("site", "handbook");

    private final Supplier<RenderContext> shared;
    private final BuildLog log;
    /** Set when the pages are declared, for the files that sum them up: one instance serves one build. */
    private List<SitePage> pages = List.of();
    private SiteInfo site;
    private SiteView view;
    private long started;

    /** @param shared the build's render context, made only if something renders */
    public SiteGenerator(Supplier<RenderContext> shared, BuildLog log) {
        this.shared = shared;
        this.log = log;
    }

    @Override
    public Map<String, List<String>> declared() {
        return Map.of(JOB, TEMPLATE_FAMILIES);
    }

    @Override
    public String derivedJobs() {
        return PAGE_JOBS;
    }

    /** Every page once the documents' and packs' fragments are written (pages embed them), then the site's other files. */
    @Override
    public List<Job> jobs(Stage stage, OutputTree tree, ExecutorService pool) {
        return switch (stage) {
            case SOURCES -> List.of();
            case EMBEDDING -> pages(tree);
            case SUMMARY -> {
                // read here, not inside the job: a job that waited on the pool it runs on could wait for ever
                List<SearchIndex.Entry> search = searchEntries(tree, pool);
                yield List.of(new Job(JOB, TEMPLATE_FAMILIES, JOB, false, context -> otherFiles(context, search)));
            }
        };
    }

    private List<Job> pages(OutputTree tree) {
        started = System.nanoTime();
        RenderContext context = shared.get();
        Fragments fragments = new Fragments(tree);
        view = new SiteView(context);
        site = info(context);
        List<SitePage> all = new ArrayList<>(StructurePages.of(context.definition()));
        all.addAll(TransparencyPages.of());
        all.addAll(MeetingPages.of(context, fragments, view));
        all.add(StructurePages.page("404.html", "Page not found", "", "not-found", "", List.of(), Map.of(), List.of()));
        pages = List.copyOf(all);
        SiteRenderer renderer = new SiteRenderer(site, fragments, JsonLd.of(context.definition(), context.currentOrganisations(), site.baseUrl()));
        List<Job> jobs = new ArrayList<>();
        // The accessibility statement names the templates the project supplies (any family's), so which
        // files those are is part of every page's key; their content is covered by the families' fingerprints.
        String projectTemplates = ";project-templates=" + String.join(",", context.templates().projectFiles());
        for (SitePage page : pages) {
            // a page's key covers the text it embeds from generated fragments, which the definition's fingerprint does not
            jobs.add(new Job(PAGE_JOBS + page.path(), PAGE_FAMILIES, PageKey.of(page) + projectTemplates, true, own -> {
                SiteRenderer.Rendered html = renderer.render(page, own);
                SortedMap<String, byte[]> files = new TreeMap<>(Map.of(page.path(), html.html().getBytes(StandardCharsets.UTF_8)));
                return new JobOutput(files, Map.of(), html.embedded(), null);
            }));
        }
        return jobs;
    }

    /**
     * Each page's search entries (the page, and the sections of the documents it embeds), from the
     * page as written, on the build's threads: no more than one page per thread is held in memory.
     * Every page the site declares is indexed, so a new page needs nothing more to be found.
     */
    private List<SearchIndex.Entry> searchEntries(OutputTree tree, ExecutorService pool) {
        List<Future<List<SearchIndex.Entry>>> entries = new ArrayList<>();
        for (SitePage page : pages) {
            if (!page.path().equals("404.html")) {
                entries.add(pool.submit(() -> SearchIndex.entries(page, read(tree, page.path()))));
            }
        }
        List<SearchIndex.Entry> search = new ArrayList<>();
        try {
            for (Future<List<SearchIndex.Entry>> entry : entries) {
                search.addAll(entry.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation interrupted", e);
        }
        return search;
    }

    /** The design system's files, the documents' stylesheets, the search index, sitemap, feed, open data and calendars. */
    private JobOutput otherFiles(RenderContext context, List<SearchIndex.Entry> search) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String asset : ASSETS) {
            files.put("assets/" + asset, context.templates().asset("site/assets/" + asset));
        }
        DOCUMENT_STYLES.forEach((from, to) -> files.put(to, context.templates().asset(from)));
        List<SitePage> listed = pages.subList(0, pages.size() - 1); // all but the 404 page
        files.put("search-index.json", SearchIndex.json(search));
        files.put("sitemap.xml", Sitemap.xml(site.baseUrl(), listed));
        files.put("feed.xml", AtomFeed.xml(context, site, view, listed));
        files.putAll(OpenData.files(context));
        files.putAll(MeetingCalendars.files(context, site, view));
        log.info("ics: website: " + pages.size() + " pages, generated in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return JobOutput.of(files, Map.of(), null);
    }

    private static String read(OutputTree tree, String path) {
        try {
            return Files.readString(tree.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SiteInfo info(RenderContext context) {
        String organisation = context.index().icb().map(o -> o.name()).orElse(context.definition().ics().name());
        return new SiteInfo(organisation, context.definition().ics().name(), context.definition().ics().illustrativeNotice(),
                SiteInfo.base(context.definition().ics().website()), SiteInfo.NAVIGATION);
    }
}
