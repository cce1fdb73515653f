package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STR-006 and the loader's reading of LSOA codes: the area clause names a divided authority's part exactly. */
class PartialAreasTest {

    @TempDir
    Path temp;

    private DefinitionFixture withPart(String authority, List<String> lsoas) {
        return DefinitionFixture.northshire(temp)
                .set("ics.partly-in-area", List.of(Map.of("authority", authority, "lsoas", lsoas)));
    }

    @Test
    void acceptsADividedUnitaryAuthorityWithItsLowerLayerSuperOutputAreas() {
        var outcome = withPart("riverton-council", List.of("E01012345", "E01012346")).validate();
        assertThat(outcome.findings("STR-006")).isEmpty();
    }

    @Test
    void rejectsAMalformedLowerLayerSuperOutputAreaCodeAtItsLine() {
        var loaded = withPart("riverton-council", List.of("E01012345", "E0212346")).load();
        Diagnostic bad = loaded.diagnostics().stream().filter(d -> d.message().contains("E0212346")).findFirst().orElseThrow();
        assertThat(bad.rule().id()).isEqualTo("DEF-004");
        assertThat(bad.location().file()).isEqualTo("ics.yaml");
        assertThat(bad.location().line()).isPositive();
        assertThat(bad.message()).contains("is not a lower layer super output area code");
        assertThat(bad.hint()).contains("E01 and six digits");
    }

    @Test
    void reportsAnAreaListedTwice() {
        var outcome = withPart("riverton-council", List.of("E01012345", "E01012345")).validate();
        assertThat(outcome.findings("STR-006")).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("E01012345 is listed twice");
            assertThat(d.location().file()).isEqualTo("ics.yaml");
        });
    }

    @Test
    void reportsADividedAreaNamedForAnOrganisationThatIsNotALocalAuthority() {
        var outcome = withPart("northshire-hospitals", List.of("E01012345")).validate();
        assertThat(outcome.findings("STR-006")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("is not a local authority"));
    }

    @Test
    void reportsADividedAuthorityWithNoAreasListed() {
        var outcome = withPart("riverton-council", List.of()).validate();
        assertThat(outcome.findings("STR-006")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("no lower layer super output area of Riverton City Council"));
    }
}
