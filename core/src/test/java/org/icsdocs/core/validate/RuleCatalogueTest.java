package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icsdocs.core.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/** The catalogue, the families and the tests stay in step: no rule is dropped or untested. */
class RuleCatalogueTest {

    static final Path CATALOGUE = Path.of("../docs/RULES.md");

    @Test
    void everyDomainRuleBelongsToExactlyOneFamily() {
        List<Rule> implemented = new ArrayList<>();
        RuleFamilies.all().forEach(f -> implemented.addAll(f.rules()));
        List<Rule> domain = Arrays.stream(Rule.values()).filter(r -> !r.family().equals("DEF")).toList();
        assertThat(domain).hasSize(67);
        assertThat(implemented).containsExactlyInAnyOrderElementsOf(domain);
    }

    @Test
    void everyRuleIsExercisedByATest() throws IOException {
        String tests;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/java"))) {
            tests = walk.filter(p -> p.toString().endsWith(".java")).map(RuleCatalogueTest::read).collect(Collectors.joining("\n"));
        }
        for (Rule rule : Rule.values()) {
            assertThat(tests).as("a test asserting on " + rule.id()).contains("\"" + rule.id() + "\"");
        }
    }

    @Test
    void publishedCatalogueMatchesTheCode() throws IOException {
        String generated = catalogue();
        if (Boolean.getBoolean("ics.updateCatalogue")) {
            Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CATALOGUE))
                .as("docs/RULES.md is out of step with Rule.java; regenerate with -Dics.updateCatalogue=true")
                .isEqualTo(generated);
    }

    private static String catalogue() {
        StringBuilder out = new StringBuilder();
        out.append("# Rule catalogue\n\n")
                .append("Every finding ics-docs reports cites one of these rules. IDs never change meaning. A warning or\n")
                .append("advice finding can be silenced for one subject with a `justifications:` entry (`rule`, `subject`,\n")
                .append("`reason`); the reason is printed in the generated documents. Errors cannot be justified.\n")
                .append("Sources refer to the documents in the project's source list (000–004) or to the named public document.\n\n")
                .append("This file is generated from `core/src/main/java/org/icsdocs/core/diagnostic/Rule.java`.\n");
        String family = "";
        for (Rule r : Rule.values()) {
            if (!r.family().equals(family)) {
                family = r.family();
                out.append("\n## ").append(family).append("\n\n| ID | severity | rule | source |\n| --- | --- | --- | --- |\n");
            }
            out.append("| ").append(r.id()).append(" | ").append(r.severity().label()).append(" | ").append(r.summary())
                    .append(" | ").append(r.source()).append(" |\n");
        }
        return out.toString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
