package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OFF: the statutory and mandated roles, with the severity their sources support. */
class OfficerRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    private void flagsMissing(String rule, String role, String words, Severity severity) {
        var outcome = fixture().remove("officers[role=" + role + "]").validate();
        assertThat(outcome.findings(rule)).singleElement().satisfies(d -> {
            // the list the officer belongs in: its first entry, at a real line
            assertThat(d.location()).isEqualTo(Located.keyIn(outcome, def -> def.officers().get(0).at().at()));
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains(words);
            assertThat(d.severity()).isEqualTo(severity);
        });
    }

    @Test
    void warnsWhenNoCaldicottGuardianIsNamed() {
        flagsMissing("OFF-001", "caldicott-guardian", "no Caldicott Guardian", Severity.WARNING);
    }

    @Test
    void warnsWhenNoSiroIsNamed() {
        flagsMissing("OFF-002", "senior-information-risk-owner", "no Senior Information Risk Owner", Severity.WARNING);
    }

    @Test
    void rejectsIcbWithoutADataProtectionOfficer() {
        flagsMissing("OFF-003", "data-protection-officer", "no Data Protection Officer", Severity.ERROR);
    }

    @Test
    void warnsWhenStaffHaveNoFreedomToSpeakUpGuardian() {
        flagsMissing("OFF-004", "freedom-to-speak-up-guardian", "no Freedom to Speak Up Guardian", Severity.WARNING);
    }

    @Test
    void warnsWhenTheNonExecutiveSpeakUpLeadIsAnExecutive() {
        var outcome = fixture().set("officers[role=freedom-to-speak-up-non-executive-lead].person", "cfo").validate();
        Located.single(outcome, "OFF-004", Located.keyIn(outcome, d -> d.officers().stream()
                        .filter(o -> o.role().key().equals("freedom-to-speak-up-non-executive-lead")).findFirst().orElseThrow().at().of("person")),
                "Finn Money", "no non-executive seat");
    }

    @Test
    void speakUpExpectationAppliesFromJanuary2024() {
        var outcome = fixture().remove("officers[role=freedom-to-speak-up-guardian]").validate(LocalDate.of(2024, 1, 29));
        assertThat(outcome.findings("OFF-004")).isEmpty();
    }

    @Test
    void warnsWhenNoAccountableEmergencyOfficerIsNamed() {
        flagsMissing("OFF-005", "accountable-emergency-officer", "no Accountable Emergency Officer", Severity.WARNING);
    }

    @Test
    void warnsWhenADesignatedSafeguardingProfessionalIsMissing() {
        flagsMissing("OFF-006", "designated-nurse-looked-after-children", "no Designated Nurse for Looked After Children", Severity.WARNING);
    }

    @Test
    void acceptsEveryRoleNamed() {
        var outcome = fixture().validate();
        for (String rule : new String[] {"OFF-001", "OFF-002", "OFF-003", "OFF-004", "OFF-005", "OFF-006"}) {
            assertThat(outcome.findings(rule)).as(rule).isEmpty();
        }
    }

    @Test
    void rejectsAnUnknownOfficerRoleAtItsKey() {
        var loaded = fixture().add("officers", Map.of("role", "chief-wizard", "person", "cfo")).load();
        assertThat(loaded.diagnostics()).filteredOn(d -> d.ruleId().equals("DEF-004")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.location().column()).isPositive();
            assertThat(d.message()).contains("chief-wizard");
        });
    }

    @Test
    void rejectsAnOfficerWhoIsNoPersonOfTheDefinition() {
        var outcome = fixture().set("officers[role=data-protection-officer].person", "nobody").load();
        assertThat(outcome.diagnostics()).isEmpty();
        var validated = fixture().set("officers[role=data-protection-officer].person", "nobody").validate();
        assertThat(validated.findings("STR-001")).singleElement().satisfies(d -> assertThat(d.message()).contains("nobody"));
        assertThat(validated.findings("OFF-003")).hasSize(1);
    }
}
