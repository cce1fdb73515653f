package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JustificationsTest {

    @TempDir
    Path temp;

    private static final String REASON = "Codes for this organisation are issued by NHS England later in the year.";

    @Test
    void silencesTheWarningItNamesAndKeepsTheReason() {
        var outcome = DefinitionFixture.northshire(temp)
                .set("organisations[id=riverton-hospital].ods-code", "XYZ")
                .add("justifications", Map.of("rule", "STR-004", "subject", "riverton-hospital", "reason", REASON))
                .validate();
        assertThat(outcome.findings("STR-004")).isEmpty();
        assertThat(outcome.report().departuresFrom("STR-004")).singleElement().satisfies(j -> {
            assertThat(j.justification().reason()).isEqualTo(REASON);
            assertThat(j.finding().subject()).isEqualTo("riverton-hospital");
        });
    }

    @Test
    void silencesOnlyTheInstanceItNames() {
        var outcome = DefinitionFixture.northshire(temp)
                .set("organisations[id=riverton-hospital].ods-code", "XYZ")
                .set("organisations[id=northshire-community].ods-code", "XYY")
                .add("justifications", Map.of("rule", "STR-004", "subject", "riverton-hospital", "reason", REASON))
                .validate();
        assertThat(outcome.findings("STR-004")).singleElement().satisfies(d -> assertThat(d.subject()).isEqualTo("northshire-community"));
    }

    @Test
    void refusesToJustifyAnError() {
        var outcome = DefinitionFixture.northshire(temp)
                .add("justifications", Map.of("rule", "STR-003", "reason", "We prefer it this way."))
                .set("board.members[person=ine-audit].term-end", "2021-12-31")
                .validate();
        assertThat(outcome.findings("STR-003")).hasSize(1);
        assertThat(outcome.findings("DEF-006")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("STR-003 is a statutory error and cannot be justified");
            assertThat(d.location().file()).isEqualTo("ics.yaml");
        });
    }

    @Test
    void rejectsAJustificationForARuleThatDoesNotExist() {
        var outcome = DefinitionFixture.northshire(temp)
                .add("justifications", Map.of("rule", "BRD-099", "reason", "Typo."))
                .validate();
        assertThat(outcome.findings("DEF-006")).singleElement().satisfies(d -> assertThat(d.message()).contains("'BRD-099'"));
    }

    @Test
    void flagsAJustificationThatSilencesNothing() {
        var outcome = DefinitionFixture.northshire(temp)
                .add("justifications", Map.of("rule", "STR-004", "subject", "riverton-hospital", "reason", REASON))
                .validate();
        assertThat(outcome.findings("DEF-007")).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("Justification for STR-004 on 'riverton-hospital' matches no finding"));
    }
}
