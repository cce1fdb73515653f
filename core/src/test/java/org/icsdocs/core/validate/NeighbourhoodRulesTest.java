package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeighbourhoodRulesTest {

    private static final String EASTDALE = "pcns[id=eastdale-pcn]";

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    // NBH-001 ------------------------------------------------------------------------------

    @Test
    void rejectsPcnNotAlignedToAnyPlace() {
        var outcome = fixture().remove(EASTDALE + ".place").validate();
        assertThat(outcome.findings("NBH-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("eastdale-pcn");
            assertThat(d.message()).contains("Eastdale PCN", "not aligned to a place");
        });
    }

    @Test
    void leavesUnknownPlaceToReferenceCheck() {
        var outcome = fixture().set(EASTDALE + ".place", "eastdale-place").validate();
        assertThat(outcome.findings("NBH-001")).isEmpty();
        assertThat(outcome.findings("STR-001")).singleElement()
                .satisfies(d -> assertThat(d.subject()).isEqualTo("eastdale-pcn"));
    }

    @Test
    void acceptsPcnsAlignedToTheirPlaces() {
        assertThat(fixture().validate().findings("NBH-001")).isEmpty();
    }

    // NBH-002 ------------------------------------------------------------------------------

    @Test
    void advisesOnPcnSmallerThanGuidance() {
        var outcome = fixture().set(EASTDALE + ".population", 29999).validate();
        assertThat(outcome.findings("NBH-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("eastdale-pcn");
            assertThat(d.message()).contains("Eastdale PCN", "29,999", "30,000–50,000");
        });
    }

    @Test
    void advisesOnPcnLargerThanGuidance() {
        var outcome = fixture().set(EASTDALE + ".population", 50001).validate();
        assertThat(outcome.findings("NBH-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("50,001"));
    }

    @Test
    void acceptsPcnsAtBothBoundsAndWithoutPopulation() {
        var outcome = fixture()
                .set(EASTDALE + ".population", 30000)
                .set("pcns[id=westdale-pcn].population", 50000)
                .remove("pcns[id=riverton-north-pcn].population")
                .validate();
        assertThat(outcome.findings("NBH-002")).isEmpty();
    }
}
