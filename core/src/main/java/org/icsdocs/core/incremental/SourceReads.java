package org.icsdocs.core.incremental;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The definition's files (papers, prose, images, attachments, logo) one rendering job read, with
 * each one's fingerprint as it was read. A later build reuses the job's output only if every one
 * of them still has that fingerprint. Jobs run in parallel, each with its own instance.
 */
public final class SourceReads {

    private final SortedMap<String, String> files = new TreeMap<>();

    /** A file read whole: its bytes are at hand, so they are fingerprinted as they are. */
    public synchronized void read(Path file, byte[] bytes) {
        files.put(file.toAbsolutePath().normalize().toString(), Digest.of(bytes));
    }

    /** A file used without being read through here (a PDF opened by PDFBox), or looked for and not found. */
    public synchronized void used(Path file) {
        files.put(file.toAbsolutePath().normalize().toString(), Digest.ofFile(file));
    }

    /** Path to fingerprint, sorted. */
    public synchronized SortedMap<String, String> snapshot() {
        return new TreeMap<>(files);
    }
}
