package org.icsdocs.core.validate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.load.LoadResult;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A finding points at a line the author can open: never line 0, "the file as a whole". A rule
 * about something missing from a list used to point at the list's file, and so at line 0
 * (PLN-003 at {@code duties.yaml:0} once the example's 2024/25 annual report was removed); it now
 * points at the list's first entry.
 */
class NoFindingAtLineZeroTest {

    @TempDir
    Path temp;

    @Test
    void pointsAMissingAnnualReportAtTheExamplesPlansList() {
        DefinitionFixture f = DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km"));
        Outcome outcome = f.remove("plans[financial-year=2024/25]").validate();
        Location firstPlan = Located.keyIn(outcome, d -> d.plans().get(0).at().at());
        assertThat(outcome.findings("PLN-003")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("duties.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.location()).isEqualTo(firstPlan);
            assertThat(d.message()).contains("no annual report on 2024/25");
        });
    }

    @Test
    void locatesEveryFindingAtARealLineWhenAListEntryIsRemoved() throws IOException {
        List<String> paths = listEntries(DefinitionFixture.northshire(temp).root());
        assertThat(paths).hasSizeGreaterThan(40);
        List<String> atLineZero = new ArrayList<>();
        for (String path : paths) {
            DefinitionFixture f = DefinitionFixture.northshire(temp).remove(path);
            LoadResult loaded = f.load();
            List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
            if (!loaded.hasErrors() && loaded.definition().isPresent()) {
                all.addAll(f.validate().all());
            }
            all.stream().filter(d -> d.location().line() < 1)
                    .forEach(d -> atLineZero.add("without " + path + ": " + d.ruleId() + " at " + d.location() + ": " + d.message()));
        }
        assertThat(atLineZero).isEmpty();
    }

    @Test
    void noRuleLocatesAFindingAtAWholeFile() {
        // the whole-file location (line 0) is for files that cannot be read at all, in the loader
        noClasses().that().resideInAPackage("org.icsdocs.core.validate..")
                .should().callMethod(Location.class, "ofFile", String.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.icsdocs.core.validate"));
    }

    /** A path (as DefinitionFixture names them) to each entry of each list at the top two levels of every file. */
    private static List<String> listEntries(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        Load yaml = new Load(LoadSettings.builder().build());
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                if (!(yaml.loadFromString(Files.readString(file)) instanceof Map<?, ?> top)) {
                    continue;
                }
                for (Map.Entry<?, ?> e : top.entrySet()) {
                    addEntries(out, String.valueOf(e.getKey()), e.getValue());
                    if (e.getValue() instanceof Map<?, ?> section) {
                        section.forEach((k, v) -> addEntries(out, e.getKey() + "." + k, v));
                    }
                }
            }
        }
        return out;
    }

    private static void addEntries(List<String> out, String path, Object value) {
        if (value instanceof List<?> list) {
            // each entry of a short list; the first and last of a long one (one validation each keeps the sweep quick)
            for (int i = 0; i < list.size(); i++) {
                if (list.size() <= 4 || i == 0 || i == list.size() - 1) {
                    out.add(path + "[" + i + "]");
                }
            }
        }
    }
}
