package org.icsdocs.core.init;

import org.icsdocs.core.output.OutputTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.icsdocs.core.api.IcsException;
import org.icsdocs.core.reference.IcbMap;

/**
 * Writes a new ICS project (the {@link Skeleton}) for one ICB of the map in force on a day. It
 * refuses an unknown or dissolved ICB and a folder that already holds a definition or a pom.xml,
 * and writes nothing half-way: the files go into a hidden folder beside their place and are moved
 * in only when all are written.
 */
public final class ProjectInit {

    /** What was written. */
    public record Outcome(IcbMap.Icb icb, String icbName, Path projectDir, List<String> files) {
    }

    /** Longer than any key of the data: such a value gets no nearest-key hint (and its edit distance is not worked out). */
    private static final int MAX_KEY = 40;

    private final IcbMap map;

    public ProjectInit(IcbMap map) {
        this.map = map;
    }

    public Outcome run(InitRequest request) {
        IcbMap.Icb icb = icbInForce(request.icbKey(), request.asAt());
        Path project = request.projectDir().toAbsolutePath().normalize();
        Path definition = project.resolve("src/main/ics");
        Path pom = project.resolve("pom.xml");
        if (Files.exists(definition)) {
            throw new IcsException(null, null, project + " already has a definition folder (src/main/ics); ics:init never "
                    + "overwrites one. Run it in an empty folder, or move the existing definition away first. Nothing was written.");
        }
        if (Files.exists(pom)) {
            throw new IcsException(null, null, project + " already has a pom.xml; ics:init never overwrites one. "
                    + "Run it in an empty folder. Nothing was written.");
        }
        Map<String, String> files = new TreeMap<>(Skeleton.files(map, icb, request.asAt(), request.pluginVersion()));
        // the editor settings, schema and CI files join what the folder already has: one that is there already is kept
        List<String> extras = files.keySet().stream().filter(f -> !f.startsWith(Skeleton.ICS_DIR) && !f.equals("pom.xml")).toList();
        files.keySet().removeIf(f -> extras.contains(f) && Files.exists(project.resolve(f)));
        Path staging = stage(project, files);
        List<Path> moved = new ArrayList<>();
        try {
            move(staging.resolve("src/main/ics"), definition);
            moved.add(definition);
            move(staging.resolve("pom.xml"), pom);
            moved.add(pom);
            for (String extra : extras) {
                if (files.containsKey(extra)) {
                    Path to = project.resolve(extra);
                    move(staging.resolve(extra), to);
                    moved.add(to);
                }
            }
        } catch (IOException e) {
            for (Path done : moved) {
                deleteQuietly(done);
            }
            throw new IcsException(null, null, "Cannot write the new project into " + project + ": " + reason(e)
                    + ". Nothing was written.", e);
        } finally {
            deleteQuietly(staging);
        }
        return new Outcome(icb, org.icsdocs.core.reference.ReferenceNames.titleCase(icb.name()), project, List.copyOf(files.keySet()));
    }

    /** The ICB of that key, in force on the day; a clear error naming the nearest key, or the successor, otherwise. */
    IcbMap.Icb icbInForce(String key, LocalDate asAt) {
        if (key == null || key.isBlank()) {
            throw new IcsException("icb", "", "Name the ICB to start from with -Dics.icb=<code>, e.g. -Dics.icb=QKS for NHS Kent and Medway. "
                    + "The codes are the ICBs' ODS codes (or, for an ICB established in 2026 whose code ics-docs does not know, its predecessors' "
                    + "codes joined with '-'; see the README).");
        }
        IcbMap.Icb icb = map.icb(key).orElseThrow(() -> {
            if (key.strip().length() > MAX_KEY) {
                return new IcsException("icb", key.substring(0, MAX_KEY) + "…", "No ICB has a code that long in ics-docs' reference data; "
                        + "the codes are three characters (e.g. QKS), or a few joined with '-'.");
            }
            String nearest = map.closestKey(key);
            return new IcsException("icb", key, "No ICB has the code '" + key.strip() + "' in ics-docs' reference data. Did you mean '"
                    + nearest + "' (" + name(map.icb(nearest).orElseThrow()) + ")?");
        });
        if (icb.existsOn(asAt)) {
            return icb;
        }
        if (asAt.isBefore(icb.establishedOn())) {
            throw new IcsException("icb", key, name(icb) + " (" + icb.key() + ") was established on " + longDate(icb.establishedOn())
                    + ", after the as-at date " + asAt + ". Set -Dics.asAt to a later date, or start from one of its predecessors: "
                    + String.join(", ", icb.predecessors()) + ".");
        }
        String successor = map.successorOn(icb, asAt).map(s -> " Its area is now " + name(s) + "'s: use -Dics.icb=" + s.key() + ".").orElse("");
        throw new IcsException("icb", key, name(icb) + " (" + icb.key() + ") was dissolved on " + longDate(icb.dissolvedOn().orElseThrow())
                + " and does not exist on " + asAt + "." + successor);
    }

    private static Path stage(Path project, Map<String, String> files) {
        Path staging = null;
        try {
            Files.createDirectories(project);
            staging = Files.createTempDirectory(project, ".ics-init-");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = staging.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(staging.resolve("src/main/ics/meetings"));
            return staging;
        } catch (IOException | SecurityException e) {
            deleteQuietly(staging);
            throw new IcsException(null, null, "Cannot write the new project into " + project + ": " + reason(e) + ". Nothing was written.", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path root) {
        if (root == null) {
            return;
        }
        try {
            OutputTree.deleteTree(root);
        } catch (IOException e) {
            // Best effort: a staging folder left behind is hidden and holds nothing of the user's.
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String name(IcbMap.Icb icb) {
        return org.icsdocs.core.reference.ReferenceNames.titleCase(icb.name());
    }

    private static String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
    }
}
