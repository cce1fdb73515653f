package org.icsdocs.core.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.icsdocs.core.output.AtomicFiles;

/**
 * Values that cost a build real time to derive and that a later build may reuse while what they
 * were derived from is unchanged, such as the decision map's laid-out chart (ELK): each is kept in
 * the {@code .incremental} folder beside the site's trace, under one name, with the key of its
 * inputs and of the code that derived it. A value whose key differs is derived afresh and replaces
 * the kept one, so the folder holds one value per name. Keeping is an optimisation: a value that
 * cannot be read or written is derived, never an error. A clean build derives everything and keeps
 * what it derived for the next.
 */
public final class KeptValues {

    private final Path folder;
    private final String code;
    private final boolean reuse;

    private KeptValues(Path folder, String code, boolean reuse) {
        this.folder = folder;
        this.code = code;
        this.reuse = reuse;
    }

    /** Nothing kept: every value is derived (renders with no site folder, tests). */
    public static KeptValues none() {
        return new KeptValues(null, "", false);
    }

    /**
     * @param siteFolder the folder whose {@code .incremental} sibling keeps the values
     * @param code       the fingerprint of the code that derives them: new code derives afresh
     * @param reuse      false for a clean build, which derives everything but still keeps it
     */
    public static KeptValues beside(Path siteFolder, String code, boolean reuse) {
        return new KeptValues(BuildTrace.fileFor(siteFolder).getParent(), code, reuse);
    }

    /**
     * The value kept under {@code name} if it was derived from the same {@code key} by the same
     * code; otherwise {@code derive}'s, which is kept for the next build.
     */
    public String value(String name, String key, Supplier<String> derive) {
        if (folder == null) {
            return derive.get();
        }
        String header = new Digest().add("code", code).add("key", key).hex() + "\n";
        Path file = folder.resolve(name);
        if (reuse) {
            try {
                if (Files.isRegularFile(file)) {
                    String kept = Files.readString(file, StandardCharsets.UTF_8);
                    if (kept.startsWith(header)) {
                        return kept.substring(header.length());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: derive it again below
            }
        }
        String value = derive.get();
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(file, (header + value).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // not kept: the next build derives it again
        }
        return value;
    }
}
