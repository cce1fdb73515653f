package org.icsdocs.core.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.incremental.IncrementalBuild;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.validate.JustifiedFinding;

/**
 * The one place a build's jobs are keyed, reused or rendered, written and traced. Generators
 * declare jobs ({@link JobGenerator}); the engine compares their keys with the last build's trace
 * ({@link IncrementalBuild}), leaves the published folder as it is when nothing changed, and
 * otherwise runs the jobs stage by stage on every core into a fresh generation of the folder
 * ({@link OutputTree}), swapped in only when all of them succeeded, and then records the trace.
 */
public final class BuildEngine {

    /** Log a line per job of the first stage up to this many; beyond, only progress and a summary. */
    private static final int ITEMISED = 12;

    private final IncrementalBuild build;
    private final Path folder;
    private final Supplier<RenderContext> shared;
    private final BuildLog log;
    private final String sourcesPhase;

    /**
     * @param shared       the render context every job's own is made from; made only if something renders
     * @param sourcesPhase what the first stage's progress lines call its jobs, e.g. "documents and board packs"
     */
    public BuildEngine(IncrementalBuild build, Path folder, Supplier<RenderContext> shared, BuildLog log, String sourcesPhase) {
        this.build = build;
        this.folder = folder;
        this.shared = shared;
        this.log = log;
        this.sourcesPhase = sourcesPhase;
    }

    /**
     * Builds the folder from the generators' jobs.
     *
     * @param diagnostics the findings of the validation the build follows, kept in the trace for a rebuild with nothing changed
     * @return every file of the folder, sorted by path
     */
    public List<GeneratedFile> build(List<JobGenerator> generators, List<Diagnostic> diagnostics, List<JustifiedFinding> justified) {
        long started = System.nanoTime();
        Map<String, String> keys = new LinkedHashMap<>();
        for (JobGenerator g : generators) {
            g.declared().forEach((id, families) -> keys.put(id, build.key(families, id)));
        }
        List<String> derived = generators.stream().map(JobGenerator::derivedJobs).filter(Objects::nonNull).toList();
        if (build.nothingChanged(keys, derived)) {
            build.confirmUpToDate(diagnostics, justified);
            List<GeneratedFile> files = previousFiles(build, folder);
            log.info("ics: nothing has changed since the last build; the " + files.size() + " files in " + folder
                    + " are up to date (" + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms)");
            return files;
        }
        List<GeneratedFile> written = new ArrayList<>();
        ExecutorService pool = RenderThreads.pool();
        try (OutputTree tree = OutputTree.begin(folder)) {
            for (Stage stage : Stage.values()) {
                List<Job> jobs = new ArrayList<>();
                for (JobGenerator g : generators) {
                    jobs.addAll(g.jobs(stage, tree, pool));
                }
                for (Job job : jobs) {
                    if (keys.containsKey(job.id()) && !job.ownKey().equals(job.id())) {
                        // the up-front check keyed it by its id; another key would make that check wrong
                        throw new IllegalStateException("job " + job.id() + " was declared up front but has a key of its own");
                    }
                }
                written.addAll(run(stage, jobs, tree, pool));
            }
            tree.commit();
            build.writeTrace(diagnostics, justified);
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

    /** The files of the last build, as its trace lists them: what a build that finds nothing changed returns. */
    public static List<GeneratedFile> previousFiles(IncrementalBuild build, Path folder) {
        List<GeneratedFile> files = new ArrayList<>();
        build.previousTrace().outputs().keySet().forEach(p -> files.add(new GeneratedFile(p, size(folder.resolve(p)), 0, Duration.ZERO)));
        return files;
    }

    private List<GeneratedFile> run(Stage stage, List<Job> jobs, OutputTree tree, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        // The first stage's progress and lines are what a national build's log shows; pages would flood it.
        boolean first = stage == Stage.SOURCES;
        Progress progress = first ? new Progress(log, sourcesPhase, jobs.size()) : null;
        boolean itemise = first && jobs.size() <= ITEMISED;
        List<Future<List<GeneratedFile>>> running = new ArrayList<>();
        for (Job job : jobs) {
            running.add(pool.submit(() -> {
                List<GeneratedFile> files = run(job, tree, itemise);
                if (progress != null) {
                    progress.step();
                }
                return files;
            }));
        }
        List<GeneratedFile> written = new ArrayList<>();
        for (Future<List<GeneratedFile>> job : running) {
            written.addAll(job.get());
        }
        return written;
    }

    /** One job: linked from the last build if its inputs hold, else rendered, written and recorded. */
    private List<GeneratedFile> run(Job job, OutputTree tree, boolean itemise) {
        long started = System.nanoTime();
        String key = build.key(job.templateFamilies(), job.ownKey());
        List<GeneratedFile> files = new ArrayList<>();
        if (job.reusable() && build.reuse(job.id(), key, tree)) {
            build.previousTrace().job(job.id()).orElseThrow().outputs().keySet()
                    .forEach(p -> files.add(new GeneratedFile(p, size(tree.resolve(p)), 0, Duration.ZERO)));
            return files;
        }
        RenderContext context = shared.get().forJob();
        JobOutput output = job.render().apply(context);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        output.files().forEach((path, bytes) -> {
            tree.write(path, bytes);
            files.add(new GeneratedFile(path, bytes.length, output.pages().getOrDefault(path, 0), took));
        });
        build.rendered(job.id(), key, context.reads(), output.embedded(), output.files());
        if (output.summary() != null) {
            String line = "ics: " + output.summary() + ", rendered in " + took.toMillis() + " ms";
            if (itemise) {
                log.info(line);
            } else {
                log.debug(line);
            }
        }
        return files;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
