package org.icsdocs.core.generate;

import org.icsdocs.core.build.Progress;
import org.icsdocs.core.build.RenderThreads;
import org.icsdocs.core.build.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.time.Instant;
import java.time.ZoneOffset;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.incremental.Fingerprints;
import org.icsdocs.core.incremental.IncrementalBuild;
import org.icsdocs.core.incremental.UpToDateCheck;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.boardpack.BoardPackRenderer;
import org.icsdocs.core.render.boardpack.PackOptions;
import org.icsdocs.core.render.pdf.PdfEngine;
import org.icsdocs.core.site.SiteGenerator;
import org.icsdocs.core.validate.ValidationReport;

/**
 * Renders every document of a validated definition into a fresh generation of the site folder:
 * for each, the standalone page and PDF under {@code documents/} and the fragment the website
 * embeds under {@code fragments/}; a board pack for each meeting held in public ({@link PackPublisher});
 * then the website that embeds and links them ({@link SiteGenerator}).
 *
 * <p>Documents, packs and pages render in parallel on every core; the folder is swapped in only
 * when all of them succeeded. The build is incremental: a job whose inputs are as they were at
 * the last build is linked from the published folder instead of rendered, and when nothing at all
 * changed the published folder is left as it is ({@link IncrementalBuild}).
 */
public final class Generator {

    /** Log a line per document and pack up to this many; beyond, only progress and a summary. */
    private static final int ITEMISED = 12;

    private final List<DocumentRenderer> renderers;
    private final BuildLog log;
    private final PackOptions packs;
    private final boolean incremental;
    private final Audience audience;
    private final String toolVersion;

    public Generator(List<DocumentRenderer> renderers, BuildLog log) {
        this(renderers, log, PackOptions.DEFAULT, true, Audience.PUBLIC, "unversioned");
    }

    /**
     * @param packs       how the meetings' board packs are laid out
     * @param incremental reuse what the last build's trace says still holds; false renders everything
     * @param audience    the public site, or the members' folder of packs of meetings held in private
     * @param toolVersion the ics-docs version: a new one renders everything afresh
     */
    public Generator(List<DocumentRenderer> renderers, BuildLog log, PackOptions packs, boolean incremental, Audience audience,
                     String toolVersion) {
        this.renderers = audience == Audience.PUBLIC ? List.copyOf(renderers) : List.of();
        this.log = log;
        this.packs = packs;
        this.incremental = incremental;
        this.audience = audience;
        this.toolVersion = toolVersion;
    }

    /** The same generation for another audience. */
    public Generator forAudience(Audience other) {
        return new Generator(renderers, log, packs, incremental, other, toolVersion);
    }

    /** What a rebuild with nothing changed since the last one can print and return without validating or rendering. */
    public record UpToDate(UpToDateCheck check, List<GeneratedFile> files) {
    }

    /**
     * The last build's findings and files, if not one file it depended on has changed since and
     * its output is all there; empty when something must be validated or rendered.
     */
    public Optional<UpToDate> upToDate(Instant date, Path definitionRoot, List<Path> templateOverrides, Path siteFolder) {
        if (!incremental) {
            return Optional.empty();
        }
        IncrementalBuild build = build(date, definitionRoot, templateOverrides, siteFolder);
        return build.upToDate().map(check -> new UpToDate(check, previousFiles(build, siteFolder)));
    }

    private IncrementalBuild build(Instant date, Path definitionRoot, List<Path> templateOverrides, Path siteFolder) {
        Fingerprints fingerprints = new Fingerprints(definitionRoot, templateOverrides,
                "date=" + date + ";duplex=" + packs.duplex() + ";pdf=" + packs.pdf() + ";version=" + toolVersion, codeLocations());
        return incremental ? IncrementalBuild.of(siteFolder, fingerprints) : IncrementalBuild.clean(siteFolder, fingerprints);
    }

    private static List<GeneratedFile> previousFiles(IncrementalBuild build, Path siteFolder) {
        List<GeneratedFile> files = new ArrayList<>();
        build.previousTrace().outputs().keySet().forEach(p -> files.add(new GeneratedFile(p, size(siteFolder.resolve(p)), 0, Duration.ZERO)));
        return files;
    }

    public List<GeneratedFile> generate(Definition definition, ValidationReport validation, Instant date, Path definitionRoot,
                                        List<Path> templateOverrides, Path siteFolder) {
        long started = System.nanoTime();
        IncrementalBuild build = build(date, definitionRoot, templateOverrides, siteFolder);
        Map<String, List<String>> families = jobFamilies(definition);
        Map<String, String> keys = new LinkedHashMap<>();
        families.forEach((id, f) -> keys.put(id, build.key(f, id)));
        if (audience == Audience.PUBLIC) {
            keys.put(SiteGenerator.JOB, build.key(SiteGenerator.TEMPLATE_FAMILIES, SiteGenerator.JOB));
        }
        if (build.nothingChanged(keys, SiteGenerator.PAGE_JOBS)) {
            build.confirmUpToDate(validation.diagnostics(), validation.justified());
            List<GeneratedFile> files = previousFiles(build, siteFolder);
            log.info("ics: nothing has changed since the last build; the " + files.size() + " files in " + siteFolder
                    + " are up to date (" + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms)");
            return files;
        }

        TemplateEngine templates = new TemplateEngine(templateOverrides);
        RenderContext context = RenderContext.of(definition, validation, date.atOffset(ZoneOffset.UTC).toLocalDate(), templates, definitionRoot);
        List<RenderJob> jobs = jobs(context, templates, frame(definition, date), families);
        List<GeneratedFile> written = new ArrayList<>();
        ExecutorService pool = RenderThreads.pool();
        try (OutputTree tree = OutputTree.begin(siteFolder)) {
            Progress progress = new Progress(log, audience == Audience.PUBLIC ? "documents and board packs" : "packs of meetings held in private", jobs.size());
            List<Future<List<GeneratedFile>>> running = new ArrayList<>();
            for (RenderJob job : jobs) {
                running.add(pool.submit(() -> run(job, keys.get(job.id()), context, tree, build, progress, jobs.size() <= ITEMISED)));
            }
            for (Future<List<GeneratedFile>> job : running) {
                written.addAll(job.get());
            }
            if (audience == Audience.PUBLIC) {
                written.addAll(SiteGenerator.generate(context, tree, build, pool, log));
            }
            tree.commit();
            build.writeTrace(validation.diagnostics(), validation.justified());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        log.info("ics: rendered " + build.renderedJobs() + " and reused " + build.reusedJobs() + " documents, packs and pages in "
                + Progress.seconds(System.nanoTime() - started));
        written.sort(Comparator.comparing(GeneratedFile::path));
        return written;
    }

    /** Every document and pack job, by id, with the template families it depends on: known before anything is rendered. */
    private Map<String, List<String>> jobFamilies(Definition definition) {
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        for (DocumentRenderer renderer : renderers) {
            jobs.put(documentJob(renderer), List.of(renderer.templateFamily(), "documents", "fonts"));
        }
        for (Meeting meeting : PackPublisher.packed(definition, audience)) {
            jobs.put(PackPublisher.jobId(meeting), PackPublisher.TEMPLATE_FAMILIES);
        }
        return jobs;
    }

    private List<RenderJob> jobs(RenderContext context, TemplateEngine templates, DocumentFrame frame, Map<String, List<String>> families) {
        // The PDF engine loads its fonts once, and only if something is to be rendered.
        Supplier<PdfEngine> engine = memoized(() -> packs.pdf() ? DocumentFormats.pdfEngine(templates) : null);
        List<RenderJob> jobs = new ArrayList<>();
        for (DocumentRenderer renderer : renderers) {
            String id = documentJob(renderer);
            jobs.add(new RenderJob(id, families.get(id),
                    job -> DocumentPublisher.publish(renderer, job, () -> new DocumentFormats(templates, engine.get()), frame, packs.pdf())));
        }
        Supplier<PackPublisher> publisher = memoized(() -> new PackPublisher(new BoardPackRenderer(engine.get(), packs)));
        for (Meeting meeting : PackPublisher.packed(context.definition(), audience)) {
            String id = PackPublisher.jobId(meeting);
            jobs.add(new RenderJob(id, families.get(id), job -> publisher.get().publish(job, meeting, frame, audience == Audience.PUBLIC)));
        }
        return jobs;
    }

    private static String documentJob(DocumentRenderer renderer) {
        return "document:" + renderer.templateFamily();
    }

    private List<GeneratedFile> run(RenderJob job, String key, RenderContext shared, OutputTree tree, IncrementalBuild build,
                                    Progress progress, boolean itemise) {
        long started = System.nanoTime();
        List<GeneratedFile> files = new ArrayList<>();
        if (build.reuse(job.id(), key, tree)) {
            build.previousTrace().job(job.id()).orElseThrow().outputs().keySet()
                    .forEach(p -> files.add(new GeneratedFile(p, size(tree.resolve(p)), 0, Duration.ZERO)));
        } else {
            RenderContext context = shared.forJob();
            RenderJob.Output output = job.render().apply(context);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            output.files().forEach((path, bytes) -> {
                tree.write(path, bytes);
                files.add(new GeneratedFile(path, bytes.length, output.pages().getOrDefault(path, 0), took));
            });
            build.rendered(job.id(), key, context.reads(), Map.of(), output.files());
            String line = "ics: " + output.summary() + ", rendered in " + took.toMillis() + " ms";
            if (itemise) {
                log.info(line);
            } else {
                log.debug(line);
            }
        }
        progress.step();
        return files;
    }

    /** The code and built-in templates that render: a new version of either re-renders everything. */
    private static List<URL> codeLocations() {
        List<URL> code = new ArrayList<>();
        code.add(Generator.class.getProtectionDomain().getCodeSource().getLocation());
        URL templates = TemplateEngine.class.getClassLoader().getResource(TemplateEngine.BUILT_IN);
        if (templates != null) {
            code.add(templates);
        }
        return code;
    }

    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    static DocumentFrame frame(Definition definition, Instant date) {
        String organisation = definition.organisations().stream()
                .filter(o -> o.id().equals(definition.ics().icb()))
                .map(o -> o.name())
                .findFirst()
                .orElse(definition.ics().name());
        return new DocumentFrame(organisation, "en-GB", definition.ics().illustrativeNotice(), date, null);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
