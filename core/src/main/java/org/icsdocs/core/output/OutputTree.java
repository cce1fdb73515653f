package org.icsdocs.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One generation of a published folder (e.g. {@code target/ics/site}). Files are written into a
 * staging folder beside it and the whole folder is swapped in by {@link #commit()}: a build that
 * fails or is killed leaves the previous output whole. Paths are checked so that nothing is ever
 * written outside the folder.
 */
public final class OutputTree implements AutoCloseable {

    private static final String STAGING = ".staging-";
    private static final String RETIRED = ".retired-";

    private final Path target;
    private final Path staging;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong files = new AtomicLong();
    private boolean committed;

    private OutputTree(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a generation of {@code target}, first repairing what an interrupted earlier build left. */
    public static OutputTree begin(Path target) {
        Path t = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(t.getParent());
            recover(t);
            Path staging = Files.createTempDirectory(t.getParent(), STAGING + t.getFileName() + "-");
            publishable(staging);
            return new OutputTree(t, staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * If a build was killed between retiring the old folder and moving the new one in, the old
     * one is put back; leftover staging and retired folders are removed.
     */
    static void recover(Path target) throws IOException {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + "*-" + name + "-*")) {
            for (Path p : siblings) {
                String n = p.getFileName().toString();
                if (n.startsWith(RETIRED + name + "-") && !Files.exists(target)) {
                    Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                } else if (n.startsWith(RETIRED + name + "-") || n.startsWith(STAGING + name + "-")) {
                    deleteTree(p);
                }
            }
        }
    }

    /** A temporary folder is private to its owner; a site folder is meant to be served. */
    private static void publishable(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Writes a file at a path relative to the folder's root, e.g. {@code documents/constitution.pdf}. */
    public void write(String relative, byte[] content) {
        Path file = resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.addAndGet(content.length);
        files.incrementAndGet();
    }

    /** The staged file for a relative path, refusing any path that would leave the folder. */
    public Path resolve(String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")) {
            throw new IllegalArgumentException("not a relative output path: " + relative);
        }
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output path leaves the output folder: " + relative);
        }
        return file;
    }

    public long filesWritten() {
        return files.get();
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /**
     * Swaps the staged folder in place of the published one: in one atomic exchange where the
     * system allows it, otherwise by retiring the old folder and moving the new one in (a kill
     * between the two is repaired by the next build's {@link #recover}).
     */
    public void commit() {
        try {
            if (Files.exists(target) && DirectoryExchange.exchange(staging, target)) {
                committed = true;
                deleteTree(staging); // now the previous generation
                return;
            }
            Path retired = null;
            if (Files.exists(target)) {
                retired = target.resolveSibling(RETIRED + target.getFileName() + "-" + staging.getFileName().toString().substring(STAGING.length() + target.getFileName().toString().length() + 1));
                move(target, retired);
            }
            move(staging, target);
            committed = true;
            if (retired != null) {
                deleteTree(retired);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Abandons an uncommitted generation: the published folder is untouched. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
