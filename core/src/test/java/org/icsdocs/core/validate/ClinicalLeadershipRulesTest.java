package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicalLeadershipRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture northshire() {
        return DefinitionFixture.northshire(temp);
    }

    @Test
    void flagsMissingClinicalLeadershipModel() {
        var outcome = northshire().remove("clinical-leadership").validate();

        assertThat(outcome.findings("CLD-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("ics.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("clinical and care professional leadership");
        });
    }

    @Test
    void flagsModelSignedOffByACommitteeRatherThanTheBoard() {
        var outcome = northshire().set("clinical-leadership.signed-off-by", "quality").validate();

        assertThat(outcome.findings("CLD-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("Quality and Safety Committee").contains("not by the board");
        });
    }

    @Test
    void flagsModelWithNoSignOff() {
        var outcome = northshire().remove("clinical-leadership.signed-off-by").remove("clinical-leadership.signed-off-on").validate();

        assertThat(outcome.findings("CLD-001")).hasSize(2)
                .allSatisfy(d -> assertThat(d.location().file()).isEqualTo("arrangements.yaml"))
                .extracting(d -> d.message())
                .anySatisfy(m -> assertThat(m).contains("does not say who signed it off"))
                .anySatisfy(m -> assertThat(m).contains("no sign-off date"));
    }

    @Test
    void acceptsModelSignedOffByTheBoardUnderItsOwnId() {
        var outcome = northshire().set("board.id", "icb-board").set("clinical-leadership.signed-off-by", "icb-board").validate();

        assertThat(outcome.findings("CLD-001")).isEmpty();
    }

    @Test
    void leavesAnUnknownSignatoryToStr001() {
        var outcome = northshire().set("clinical-leadership.signed-off-by", "bored").validate();

        assertThat(outcome.findings("CLD-001")).isEmpty();
        assertThat(outcome.findings("STR-001")).hasSize(1);
    }
}
