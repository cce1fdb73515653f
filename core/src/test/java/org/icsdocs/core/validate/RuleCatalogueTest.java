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
import org.icsdocs.core.diagnostic.RuleCatalogue;
import org.junit.jupiter.api.Test;

/** The catalogue, the families and the tests stay in step: no rule is dropped or untested. */
class RuleCatalogueTest {

    static final Path CATALOGUE = Path.of("../docs/RULES.md");

    @Test
    void everyDomainRuleBelongsToExactlyOneFamily() {
        List<Rule> implemented = new ArrayList<>();
        RuleFamilies.all().forEach(f -> implemented.addAll(f.rules()));
        List<Rule> domain = Arrays.stream(Rule.values()).filter(r -> !r.family().equals("DEF")).toList();
        assertThat(implemented).containsExactlyInAnyOrderElementsOf(domain);
    }

    @Test
    void everyRuleCitesASourceAndHasAnInForceDate() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.sources()).as(rule.id() + " sources").isNotEmpty();
            assertThat(rule.sources()).as(rule.id() + " sources have titles").allSatisfy(s -> assertThat(s.title()).isNotBlank());
            if (!rule.provisional()) {
                assertThat(rule.inForce().from()).as(rule.id() + " in force from").isNotNull();
            }
        }
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
        String generated = RuleCatalogue.markdown();
        if (Boolean.getBoolean("ics.updateCatalogue")) {
            Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CATALOGUE))
                .as("docs/RULES.md is out of step with Rule.java; regenerate with -Dics.updateCatalogue=true")
                .isEqualTo(generated);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
