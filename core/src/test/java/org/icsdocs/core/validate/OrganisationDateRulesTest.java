package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationDateRulesTest {

    @TempDir
    Path temp;

    /** Westshire merged into Southshire on 1 April 2026, written once on the predecessor. */
    private DefinitionFixture merged() {
        return DefinitionFixture.northshire(temp)
                .write("merger.yaml", """
                        organisations:
                          - { id: southshire-icb, name: NHS Southshire Integrated Care Board, kind: icb, ods-code: QZX, operates-in-area: false,
                              established-on: 2026-04-01 }
                        """)
                .set("organisations[id=westshire-icb].dissolved-on", "2026-03-31")
                .set("organisations[id=westshire-icb].successor", "southshire-icb");
    }

    // ORG-001 ------------------------------------------------------------------------------

    @Test
    void namingAnIcbDissolvedBeforeTheAsAtDateIsAnErrorThatNamesItsSuccessor() {
        var outcome = merged().validate(LocalDate.of(2026, 11, 1), Optional.empty());

        assertThat(outcome.findings("ORG-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.location().line()).isEqualTo(34);
            assertThat(d.location().column()).isEqualTo(5);
            assertThat(d.subject()).isEqualTo("F13");
            assertThat(d.message()).contains("NHS Westshire Integrated Care Board was dissolved on 2026-03-31");
            assertThat(d.hint()).contains("NHS Southshire Integrated Care Board").contains("'southshire-icb'");
        });
    }

    @Test
    void theSameDefinitionAsAtADateBeforeTheMergerHasNoFinding() {
        var outcome = merged().validate(LocalDate.of(2026, 3, 31), Optional.empty());

        assertThat(outcome.findings("ORG-001")).isEmpty();
        assertThat(outcome.findings("ORG-002")).isEmpty();
    }

    @Test
    void namingTheSuccessorAfterTheMergerIsQuiet() {
        var outcome = merged().set("functions[id=F13].partner-icbs", java.util.List.of("southshire-icb"))
                .validate(LocalDate.of(2026, 11, 1), Optional.empty());

        assertThat(outcome.findings("ORG-001")).isEmpty();
    }

    @Test
    void namingAnOrganisationBeforeItIsEstablishedIsAnError() {
        var outcome = merged().set("functions[id=F13].partner-icbs", java.util.List.of("southshire-icb"))
                .validate(LocalDate.of(2026, 2, 1), Optional.empty());

        assertThat(outcome.findings("ORG-001")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("established on 2026-04-01, so it does not yet exist on 2026-02-01"));
    }

    // ORG-002 ------------------------------------------------------------------------------

    @Test
    void rejectsDissolutionBeforeEstablishment() {
        var outcome = DefinitionFixture.northshire(temp)
                .set("organisations[id=westshire-icb].established-on", "2022-07-01")
                .set("organisations[id=westshire-icb].dissolved-on", "2021-03-31")
                .validate(LocalDate.of(2021, 1, 1), Optional.empty());

        assertThat(outcome.findings("ORG-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("organisations.yaml");
            assertThat(d.location().line()).as("the 'dissolved-on' key of the rewritten file").isPositive();
            assertThat(d.subject()).isEqualTo("westshire-icb");
            assertThat(d.message()).contains("dissolved on 2021-03-31, before it is established on 2022-07-01");
        });
    }

    @Test
    void rejectsSuccessorsThatLeadBackToThemselves() {
        var outcome = merged()
                .set("organisations[id=southshire-icb].dissolved-on", "2027-03-31")
                .set("organisations[id=southshire-icb].successor", "westshire-icb")
                .validate(LocalDate.of(2026, 3, 1), Optional.empty());

        assertThat(outcome.findings("ORG-002")).extracting(d -> d.message()).anySatisfy(m -> assertThat(m).contains("successors form a cycle"));
    }

    @Test
    void rejectsASuccessorWithoutADissolutionDate() {
        var outcome = DefinitionFixture.northshire(temp)
                .set("organisations[id=westshire-icb].successor", "northshire-icb")
                .validate();

        assertThat(outcome.findings("ORG-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("has a successor but no 'dissolved-on' date"));
    }
}
