package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.icsdocs.core.diagnostic.LegalRegime;
import org.icsdocs.core.diagnostic.Scenario;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthBillRulesTest {

    private static final LocalDate COMMENCEMENT = LocalDate.of(2027, 4, 1);
    private static final Optional<Scenario> BILL = Optional.of(new Scenario(LegalRegime.HEALTH_BILL_2026, COMMENCEMENT));

    @TempDir
    Path temp;


    /** The fixture's F11, primary medical services, is delegated by NHS England. */
    private DefinitionFixture withDelegatedPrimaryCare() {
        return DefinitionFixture.northshire(temp);
    }

    private static java.util.List<org.icsdocs.core.diagnostic.Diagnostic> about(String subject, java.util.List<org.icsdocs.core.diagnostic.Diagnostic> findings) {
        return findings.stream().filter(d -> subject.equals(d.subject())).toList();
    }

    @Test
    void functionDelegatedByNhsEnglandIsFlaggedOnceTheBillCommences() {
        var outcome = withDelegatedPrimaryCare().validate(COMMENCEMENT, BILL);

        assertThat(about("F11", outcome.findings("HBL-004"))).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.location().line()).isEqualTo(17);
            assertThat(d.message()).startsWith("Provisional, under the Health Bill (as introduced, 14 May 2026): ")
                    .contains("becomes a function of the ICB itself");
            assertThat(d.rule().source()).contains("Health Bill");
        });
    }

    @Test
    void functionDelegatedByNhsEnglandIsNotFlaggedToday() {
        assertThat(withDelegatedPrimaryCare().validate(DefinitionFixture.AS_OF, Optional.empty()).findings("HBL-004")).isEmpty();
    }

    @Test
    void functionDelegatedByNhsEnglandIsNotFlaggedInTheScenarioBeforeCommencement() {
        assertThat(withDelegatedPrimaryCare().validate(COMMENCEMENT.minusDays(1), BILL).findings("HBL-004")).isEmpty();
    }

    @Test
    void otherNhsEnglandDelegationsNameTheSecretaryOfStateInstead() {
        var outcome = withDelegatedPrimaryCare().set("functions[id=F11].name", "Commissioning of delegated specialised services")
                .validate(COMMENCEMENT, BILL);

        assertThat(about("F11", outcome.findings("HBL-005"))).singleElement()
                .satisfies(d -> assertThat(d.hint()).contains("Secretary of State"));
        assertThat(about("F11", outcome.findings("HBL-004"))).isEmpty();
    }

    @Test
    void chairAppointedByNhsEnglandAndChiefExecutiveApprovedByItAreFlaggedAtTheirKeys() {
        var outcome = DefinitionFixture.northshire(temp).validate(COMMENCEMENT, BILL);

        assertThat(outcome.findings("HBL-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("board.yaml");
            assertThat(d.location().line()).isEqualTo(11);
        });
        assertThat(outcome.findings("HBL-002")).singleElement().satisfies(d -> assertThat(d.location().line()).isEqualTo(48));
    }

    @Test
    void healthwatchInThePartnershipAndEngagementIsFlagged() {
        var outcome = DefinitionFixture.northshire(temp).validate(COMMENCEMENT, BILL);

        assertThat(outcome.findings("HBL-006")).extracting(d -> d.location().file())
                .contains("partnerships.yaml", "arrangements.yaml");
    }

    @Test
    void constitutionClausesTheBillChangesAreFlagged() {
        var outcome = DefinitionFixture.northshire(temp).validate(COMMENCEMENT, BILL);

        assertThat(outcome.findings("HBL-003")).hasSize(1);
        assertThat(outcome.findings("HBL-007")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("directions of the Secretary of State"));
    }

    @Test
    void rulesTheBillRepealsStopApplyingOnCommencement() {
        var outcome = DefinitionFixture.northshire(temp).set("board.members[role=chair].appointed-by", "northshire-icb");

        assertThat(outcome.validate(DefinitionFixture.AS_OF, Optional.empty()).findings("BRD-016")).isNotEmpty();
        assertThat(outcome.validate(COMMENCEMENT, BILL).findings("BRD-016")).isEmpty();
    }

    @Test
    void chairsAppointmentHintNamesNoAppointerTheSourcesDoNotGive() {
        var outcome = DefinitionFixture.northshire(temp).validate(COMMENCEMENT, BILL);

        assertThat(outcome.findings("HBL-001")).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("NHS England, which the Bill abolishes");
            assertThat(d.hint()).contains("check the Act as passed").doesNotContain("Secretary of State");
        });
    }

    @Test
    void clause21FlagsTheLocalAuthorityPartnerSeatAtItsSectorKey() {
        var outcome = DefinitionFixture.northshire(temp).validate(COMMENCEMENT, BILL);

        var seat = Located.keyIn(outcome, d -> d.board().members().stream().filter(m -> m.person().equals("la-partner")).findFirst().orElseThrow()
                .at().of("partnerSector"));
        Located.single(outcome, "HBL-008", seat, "Provisional, under the Health Bill", "local authority partner seat",
                "clause 21", "mayor of each mayoral strategic authority");
        assertThat(DefinitionFixture.northshire(temp).validate(COMMENCEMENT.minusDays(1), BILL).findings("HBL-008")).isEmpty();
    }

    @Test
    void afterClause21TheBoardNeedsNoLocalAuthorityPartnerMember() {
        var withoutSeat = DefinitionFixture.northshire(temp).remove("board.members[person=la-partner]");

        assertThat(withoutSeat.validate(DefinitionFixture.AS_OF, Optional.empty()).findings("BRD-005"))
                .anySatisfy(d -> assertThat(d.message()).contains("local authorities"));
        assertThat(withoutSeat.validate(COMMENCEMENT, BILL).findings("BRD-005")).noneSatisfy(d -> assertThat(d.message()).contains("local authorities"));
        assertThat(withoutSeat.validate(COMMENCEMENT, BILL).findings("HBL-008")).isEmpty();
    }

    @Test
    void theEndOfTheIcpDutyIsFlaggedAtWhoEstablishedItAndEndsIcp001() {
        var outcome = DefinitionFixture.northshire(temp).validate(COMMENCEMENT, BILL);
        Located.single(outcome, "HBL-009", Located.keyIn(outcome, d -> d.icp().at().of("establishedBy")), "removes the duty to establish one");

        var unestablished = DefinitionFixture.northshire(temp).set("icp.established-by", java.util.List.of("northshire-icb"));
        assertThat(unestablished.validate(DefinitionFixture.AS_OF, Optional.empty()).findings("ICP-001")).isNotEmpty();
        assertThat(unestablished.validate(COMMENCEMENT, BILL).findings("ICP-001")).isEmpty();
    }
}
