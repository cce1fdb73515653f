package org.icsdocs.core.incremental;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.icsdocs.core.output.AtomicFiles;

/**
 * The record of the last build of a site folder, kept beside it (under {@code target/}): each
 * job's key, inputs and outputs. Written only after the folder it describes has been swapped in,
 * so that it never claims output that is not there; unreadable or from another format, it is
 * ignored and everything is rendered.
 *
 * @param upToDate what a rebuild compares first, to skip even validation when nothing changed; null if unknown
 */
public record BuildTrace(int format, SortedMap<String, JobTrace> jobs, UpToDateCheck upToDate) {

    static final int FORMAT = 2;

    public BuildTrace {
        jobs = new TreeMap<>(jobs);
    }

    public static BuildTrace empty() {
        return new BuildTrace(FORMAT, new TreeMap<>(), null);
    }

    /** Where the trace of a site folder lives: {@code target/ics/site} has {@code target/ics/.incremental/site.json}. */
    public static Path fileFor(Path siteFolder) {
        Path site = siteFolder.toAbsolutePath().normalize();
        return site.resolveSibling(".incremental").resolve(site.getFileName() + ".json");
    }

    public static BuildTrace read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            BuildTrace trace = mapper().readValue(file.toFile(), BuildTrace.class);
            return trace.format() == FORMAT && trace.jobs() != null ? trace : empty();
        } catch (IOException | RuntimeException e) {
            return empty(); // a damaged trace costs a full build, never a wrong one
        }
    }

    public void write(Path file) {
        try {
            AtomicFiles.write(file, mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<JobTrace> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Every file the last build wrote, site path to fingerprint. */
    public SortedMap<String, String> outputs() {
        SortedMap<String, String> all = new TreeMap<>();
        for (JobTrace job : jobs.values()) {
            all.putAll(job.outputs());
        }
        return all;
    }

    /** Whether the last build's outputs are all still in the published folder. */
    public boolean outputsPresentIn(Path folder) {
        for (Map.Entry<String, String> e : outputs().entrySet()) {
            if (!Files.isRegularFile(folder.resolve(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
