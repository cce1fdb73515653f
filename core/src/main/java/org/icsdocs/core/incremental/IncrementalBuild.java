package org.icsdocs.core.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.validate.JustifiedFinding;

/**
 * One build's bookkeeping for incremental generation. Before a job renders, {@link #reuse} asks
 * whether the last build's output of the same job still holds: same key, every file it read
 * unchanged, every generated file it embedded unchanged, and its output still in the published
 * folder. If so the output is linked into the new generation instead of rendered (a hard link, as
 * published files are never written in place). Otherwise the job renders and {@link #rendered}
 * records it. The new trace is written once the generation is swapped in.
 */
public final class IncrementalBuild {

    private final BuildTrace previous;
    private final Path published;
    private final Fingerprints fingerprints;
    private final boolean enabled;
    private final SortedMap<String, JobTrace> next = new ConcurrentSkipListMap<>();
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger renderedJobs = new AtomicInteger();

    private IncrementalBuild(BuildTrace previous, Path published, Fingerprints fingerprints, boolean enabled) {
        this.previous = previous;
        this.published = published.toAbsolutePath().normalize();
        this.fingerprints = fingerprints;
        this.enabled = enabled;
    }

    /** A build of {@code siteFolder} that reuses what the last build's trace says still holds. */
    public static IncrementalBuild of(Path siteFolder, Fingerprints fingerprints) {
        return new IncrementalBuild(BuildTrace.read(BuildTrace.fileFor(siteFolder)), siteFolder, fingerprints, true);
    }

    /** A build that renders everything, whatever is on disk (the trace is still written for next time). */
    public static IncrementalBuild clean(Path siteFolder, Fingerprints fingerprints) {
        return new IncrementalBuild(BuildTrace.empty(), siteFolder, fingerprints, false);
    }

    /** Where this build keeps derived values for the next (the decision map's layout), and finds the last build's. */
    public KeptValues keptValues() {
        return KeptValues.beside(published, fingerprints.code(), enabled);
    }

    /** The key of a job from the template families it uses and its own part (e.g. its id). */
    public String key(List<String> templateFamilies, String own) {
        return fingerprints.key(templateFamilies, own);
    }

    /** Whether the job's last output still holds without linking anything: for deciding that nothing needs building. */
    public boolean unchanged(String id, String key) {
        return enabled && previous.job(id).filter(t -> holds(t, key, null)).isPresent();
    }

    /** Links the job's last output into {@code tree} if it still holds, and says so. */
    public boolean reuse(String id, String key, OutputTree tree) {
        if (!enabled) {
            return false;
        }
        JobTrace last = previous.job(id).orElse(null);
        if (last == null || !holds(last, key, tree)) {
            return false;
        }
        for (String path : last.outputs().keySet()) {
            link(published.resolve(path), tree.resolve(path));
        }
        current.putAll(last.outputs());
        next.put(id, last);
        reused.incrementAndGet();
        return true;
    }

    /** Records a job that rendered: its key, the files it read and embedded, and what it wrote. */
    public void rendered(String id, String key, SourceReads reads, Map<String, String> embeds, Map<String, byte[]> outputs) {
        SortedMap<String, String> written = new TreeMap<>();
        outputs.forEach((path, bytes) -> written.put(path, Digest.of(bytes)));
        current.putAll(written);
        SortedMap<String, String> read = new TreeMap<>();
        reads.snapshot().forEach((file, digest) -> read.put(fingerprints.portable(Path.of(file)), digest));
        next.put(id, new JobTrace(key, read, new TreeMap<>(embeds), written));
        renderedJobs.incrementAndGet();
    }

    /**
     * Whether the published folder is already what this build would write: every keyed job of the
     * last build holds with the keys this build computed, and so does every job under one of the
     * {@code derivedPrefixes} (pages, whose keys cannot be known before the jobs they embed have run,
     * and which depend only on those jobs, the keyed ones' inputs and the files they read).
     */
    public boolean nothingChanged(Map<String, String> keys, List<String> derivedPrefixes) {
        if (!enabled || previous.jobs().isEmpty()) {
            return false;
        }
        Set<String> keyed = new TreeSet<>(previous.jobs().keySet());
        keyed.removeIf(id -> derivedPrefixes.stream().anyMatch(id::startsWith));
        if (!keyed.equals(new TreeSet<>(keys.keySet()))) {
            return false;
        }
        return keys.entrySet().stream().allMatch(e -> unchanged(e.getKey(), e.getValue()))
                && derivedPrefixes.stream().allMatch(prefix -> previousJobs(prefix).values().stream()
                        .allMatch(t -> holds(t, t.key(), null)));
    }

    /** The jobs of the last build whose ids start with a prefix, e.g. every page of the site. */
    public SortedMap<String, JobTrace> previousJobs(String prefix) {
        SortedMap<String, JobTrace> out = new TreeMap<>();
        previous.jobs().forEach((id, job) -> {
            if (id.startsWith(prefix)) {
                out.put(id, job);
            }
        });
        return out;
    }

    public BuildTrace previousTrace() {
        return previous;
    }

    /** Writes the trace of this build, once its generation is published, with the findings of the validation it followed. */
    public void writeTrace(List<Diagnostic> diagnostics, List<JustifiedFinding> justified) {
        write(next, diagnostics, justified);
    }

    /**
     * Records that this build found the published folder already up to date, with the fingerprints
     * of the files as they are now, so that the next build with nothing changed can skip validation.
     */
    public void confirmUpToDate(List<Diagnostic> diagnostics, List<JustifiedFinding> justified) {
        write(previous.jobs(), diagnostics, justified);
    }

    private void write(SortedMap<String, JobTrace> jobs, List<Diagnostic> diagnostics, List<JustifiedFinding> justified) {
        UpToDateCheck check = new UpToDateCheck(fingerprints.everything(), fingerprints.definitionFiles(), fingerprints.templateFiles(),
                diagnostics, justified, fingerprints.definitionYamlFiles());
        new BuildTrace(BuildTrace.FORMAT, jobs, check).write(BuildTrace.fileFor(published));
    }

    /** Whether a job of the last build still holds: same key, its sources and embedded files unchanged, its output still published. */
    private boolean holds(JobTrace job, String key, OutputTree tree) {
        return job.key().equals(key) && unchanged(job.reads()) && embedsUnchanged(job, tree) && present(job);
    }

    /**
     * The last build's findings, if not one file it depended on has changed since (definition,
     * papers, templates, code, settings) and its output is all still there: then there is nothing
     * to validate or render.
     */
    public Optional<UpToDateCheck> upToDate() {
        UpToDateCheck check = previous.upToDate();
        if (!enabled || check == null || previous.jobs().isEmpty() || !check.holds(fingerprints) || !previous.outputsPresentIn(published)) {
            return Optional.empty();
        }
        return Optional.of(check);
    }

    public int reusedJobs() {
        return reused.get();
    }

    public int renderedJobs() {
        return renderedJobs.get();
    }

    /** Whether every file a job read still has the fingerprint it had; each file is read once per build, however many jobs read it. */
    private boolean unchanged(Map<String, String> reads) {
        for (Map.Entry<String, String> e : reads.entrySet()) {
            if (!sources.computeIfAbsent(e.getKey(), f -> Digest.ofFile(fingerprints.located(f))).equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private boolean embedsUnchanged(JobTrace job, OutputTree tree) {
        for (Map.Entry<String, String> e : job.embeds().entrySet()) {
            String now = current.get(e.getKey());
            if (now == null) {
                now = tree == null ? previous.outputs().getOrDefault(e.getKey(), Digest.ABSENT) : Digest.ofFile(tree.resolve(e.getKey()));
            }
            boolean holds = e.getValue().equals(Digest.PRESENT) ? !now.equals(Digest.ABSENT) : now.equals(e.getValue());
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private boolean present(JobTrace job) {
        return job.outputs().keySet().stream().allMatch(p -> Files.isRegularFile(published.resolve(p)));
    }

    private static void link(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            try {
                Files.createLink(to, from);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(from, to); // a file system without hard links
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
