package org.icsdocs.bench;

import org.icsdocs.core.output.OutputTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes a national-scale workload for ics-docs: one ICS definition for each of the first N real
 * ICBs, each with a full board, committees, places, PCNs and collaboratives and a year or more of
 * meetings with their papers. The same seed and options always give byte-identical files: every
 * choice comes from a random stream seeded from the seed and the ICB's code, lists are iterated in
 * a fixed order, and no date is read from the clock.
 *
 * <pre>{@code
 * WorkloadGenerator.Summary s = new WorkloadGenerator(42, Options.defaults(3, 1)).write(Path.of("target/national"));
 * }</pre>
 */
public final class WorkloadGenerator {

    /** The JSON schema of the definition format, copied to the top of the output folder for editors. */
    static final String SCHEMA_FILE = "ics-definition.schema.json";

    private final long seed;
    private final Options options;
    private final ReferenceData data;

    public WorkloadGenerator(long seed, Options options) {
        this.seed = seed;
        this.options = options;
        this.data = ReferenceData.asAt(options.asOf());
    }

    /** What was written for one system. */
    public record SystemSummary(String odsCode, String name, Path definitionDir, int places, int pcns, int trusts, int councils,
                                int committees, int meetings, int papers, long paperWords, int files, long bytes) {
    }

    /** What was written. */
    public record Summary(List<SystemSummary> systems) {

        public int papers() {
            return systems.stream().mapToInt(SystemSummary::papers).sum();
        }

        public long paperWords() {
            return systems.stream().mapToLong(SystemSummary::paperWords).sum();
        }

        public int files() {
            return systems.stream().mapToInt(SystemSummary::files).sum();
        }

        public long bytes() {
            return systems.stream().mapToLong(SystemSummary::bytes).sum();
        }

        public int meetings() {
            return systems.stream().mapToInt(SystemSummary::meetings).sum();
        }
    }

    /** Writes every system below {@code out}; a system's definition folder is replaced if it exists. */
    public Summary write(Path out) {
        return write(out, s -> { });
    }

    /** As {@link #write(Path)}, telling {@code progress} about each system as it is finished. */
    public Summary write(Path out, Consumer<SystemSummary> progress) {
        return write(out, data.icbs().subList(0, options.systems()).stream().map(ReferenceData.Icb::key).toList(), progress);
    }

    /**
     * Writes only the named ICBs (by key, in file order whatever the order given), ignoring
     * {@link Options#systems()}. Each comes out exactly as it does in a run of the first N.
     */
    public Summary write(Path out, Collection<String> icbOdsCodes, Consumer<SystemSummary> progress) {
        for (String code : icbOdsCodes) {
            if (data.icb(code).isEmpty()) {
                throw new IllegalArgumentException("no ICB in force on " + options.asOf() + " has the key " + code);
            }
        }
        copySchema(out);
        SystemPlanner planner = new SystemPlanner(data, options);
        List<SystemSummary> systems = new ArrayList<>();
        for (int i = 0; i < data.icbs().size(); i++) {
            ReferenceData.Icb icb = data.icbs().get(i);
            if (!icbOdsCodes.contains(icb.key())) {
                continue;
            }
            SystemPlan plan = planner.plan(icb, i + 1, seed);
            Path root = definitionDir(out, icb.key());
            deleteTree(root);
            SystemFiles files = new SystemFiles(root);
            new DefinitionWriter(plan, options, files).write();
            List<MeetingPlan> meetings = new MeetingPlanner(plan, options).plan();
            new MeetingWriter(plan, options, files).write(meetings);
            SystemSummary summary = new SystemSummary(icb.key(), plan.icbName(), root, plan.places().size(), plan.pcns().size(),
                    plan.trusts().size(), plan.localAuthorities().size(), plan.committees().size(), meetings.size(), files.papers(),
                    files.paperWords(), files.files(), files.bytes());
            systems.add(summary);
            progress.accept(summary);
        }
        return new Summary(List.copyOf(systems));
    }

    /** Where one system's definition goes: {@code out/<ods code in lower case>/src/main/ics}. */
    public static Path definitionDir(Path out, String icbOdsCode) {
        return out.resolve(icbOdsCode.toLowerCase(Locale.ROOT)).resolve("src").resolve("main").resolve("ics");
    }

    private static void copySchema(Path out) {
        try (InputStream in = WorkloadGenerator.class.getResourceAsStream("/schema/" + SCHEMA_FILE)) {
            Files.createDirectories(out);
            if (in != null) {
                Files.write(out.resolve(SCHEMA_FILE), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + out, e);
        }
    }

    /** Removes a previous run's definition folder, so that files from other options never linger. */
    private static void deleteTree(Path root) {
        try {
            OutputTree.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + root, e);
        }
    }

    public static void main(String[] args) {
        Options.CommandLine cl;
        try {
            cl = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("WorkloadGenerator: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Summary summary = new WorkloadGenerator(cl.seed(), cl.options()).write(cl.out(), s -> System.out.printf(Locale.ROOT,
                "%s  %-62s %d places, %2d PCNs, %d trusts, %2d councils, %2d committees, %4d meetings, %5d papers (%,d words)%n",
                s.odsCode(), s.name(), s.places(), s.pcns(), s.trusts(), s.councils(), s.committees(), s.meetings(), s.papers(), s.paperWords()));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%d systems, %,d meetings, %,d papers, %,d paper words, %,d files, %.1f MB in %s (%.1f s)%n",
                summary.systems().size(), summary.meetings(), summary.papers(), summary.paperWords(), summary.files(),
                summary.bytes() / 1e6, cl.out(), seconds);
    }
}
