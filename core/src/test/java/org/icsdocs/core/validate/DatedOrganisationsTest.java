package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ORG: an organisation is named only while it exists; its dates and successors hang together. */
class DatedOrganisationsTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    private static Organisation org(Definition d, String id) {
        return d.organisations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static Location key(Outcome outcome, String id, String component) {
        return Located.keyIn(outcome, d -> org(d, id).at().of(component));
    }

    @Test
    void flagsPartnerIcbNamedAfterItWasDissolved() {
        var outcome = fixture().set("organisations[id=westshire-icb].dissolved-on", "2026-03-31").validate();
        var found = outcome.findings("ORG-001");
        assertThat(found).isNotEmpty().allSatisfy(d -> assertThat(d.message()).contains("NHS Westshire Integrated Care Board was dissolved on 2026-03-31"));
        var partnerIcbs = Located.keyIn(outcome, d -> d.functions().stream().filter(f -> f.id().equals("F13")).findFirst().orElseThrow().at().of("partnerIcbs"));
        assertThat(found).anySatisfy(d -> assertThat(d.location()).isEqualTo(partnerIcbs));
    }

    @Test
    void acceptsTheSameOrganisationNamedBeforeItsDissolution() {
        var outcome = fixture().set("organisations[id=westshire-icb].dissolved-on", "2026-03-31").validate(LocalDate.of(2026, 3, 31));
        assertThat(outcome.findings("ORG-001")).isEmpty();
    }

    @Test
    void rejectsDissolutionBeforeEstablishment() {
        var outcome = fixture().set("organisations[id=westshire-icb].established-on", "2022-07-01")
                .set("organisations[id=westshire-icb].dissolved-on", "2022-06-30").validate();
        assertThat(outcome.findings("ORG-002")).anySatisfy(d -> {
            assertThat(d.location()).isEqualTo(key(outcome, "westshire-icb", "dissolvedOn"));
            assertThat(d.message()).contains("before it is established");
        });
    }

    @Test
    void rejectsSuccessorWithoutADissolutionDate() {
        var outcome = fixture()
                .add("organisations", Map.of("id", "new-icb", "name", "NHS New Integrated Care Board", "kind", "icb", "ods-code", "QZX",
                        "operates-in-area", false, "established-on", "2026-04-01"))
                .set("organisations[id=westshire-icb].successor", "new-icb").validate();
        Located.single(outcome, "ORG-002", key(outcome, "westshire-icb", "successor"), "no 'dissolved-on'");
    }

    @Test
    void acceptsOrganisationsWithoutDates() {
        assertThat(fixture().validate().findings("ORG-002")).isEmpty();
    }
}
