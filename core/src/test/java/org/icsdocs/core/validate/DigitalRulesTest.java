package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitalRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture northshire() {
        return DefinitionFixture.northshire(temp);
    }

    @Test
    void flagsMissingDigitalSectionOnce() {
        var outcome = northshire().remove("digital").validate();

        assertThat(outcome.findings("DIG-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("ics.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("senior responsible owner").contains("shared care record").contains("population health management");
        });
    }

    @Test
    void flagsMissingSeniorResponsibleOwner() {
        var outcome = northshire().remove("digital.sro").validate();

        assertThat(outcome.findings("DIG-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("senior responsible owner");
        });
    }

    @Test
    void flagsEachMissingPartSeparately() {
        var outcome = northshire().remove("digital.shared-care-record").remove("digital.population-health-management").validate();

        assertThat(outcome.findings("DIG-001")).hasSize(2).extracting(d -> d.message())
                .anySatisfy(m -> assertThat(m).contains("No shared care record"))
                .anySatisfy(m -> assertThat(m).contains("population health management"));
    }

    @Test
    void acceptsAnyNamedPersonAsSroAndArrangementsWithTitlesOnly() {
        var outcome = northshire().set("digital.sro", "cmo")
                .set("digital.shared-care-record", Map.of("title", "Riverton Shared Record")).validate();

        assertThat(outcome.findings("DIG-001")).isEmpty();
    }
}
