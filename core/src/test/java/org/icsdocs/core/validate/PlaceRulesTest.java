package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceRulesTest {

    private static final String RIVERTON = "places[id=riverton-place]";
    private static final String NORTHSHIRE = "places[id=northshire-place]";

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    private DefinitionFixture rivertonGovernedBy(Map<String, Object> governance) {
        return fixture().set(RIVERTON + ".governance", governance);
    }

    // PLC-001 ------------------------------------------------------------------------------

    @Test
    void rejectsPlaceWithoutGovernance() {
        var outcome = fixture().remove(NORTHSHIRE + ".governance").validate();
        assertThat(outcome.findings("PLC-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("northshire-place");
            assertThat(d.message()).contains("Northshire Health and Care Partnership", "governance model");
        });
    }

    @Test
    void rejectsGovernanceWithoutModel() {
        var outcome = fixture().remove(RIVERTON + ".governance.model").validate();
        assertThat(outcome.findings("PLC-001")).singleElement()
                .satisfies(d -> assertThat(d.subject()).isEqualTo("riverton-place"));
        assertThat(outcome.findings("PLC-002")).isEmpty();
    }

    @Test
    void acceptsConsultativeForumWithNoFurtherParts() {
        var outcome = rivertonGovernedBy(Map.of("model", "consultative-forum")).validate();
        assertThat(outcome.findings("PLC-001")).isEmpty();
        assertThat(outcome.findings("PLC-002")).isEmpty();
    }

    // PLC-002: committee of the ICB ----------------------------------------------------------

    @Test
    void rejectsCommitteeModelNamingNoCommittee() {
        var outcome = fixture().remove(RIVERTON + ".governance.committee").validate();
        assertThat(outcome.findings("PLC-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.subject()).isEqualTo("riverton-place");
            assertThat(d.message()).contains("Riverton Health and Care Partnership", "names no committee");
        });
    }

    @Test
    void rejectsCommitteeModelNamingCommitteeThatDoesNotReportToBoard() {
        var outcome = fixture().set("committees[id=riverton-place-committee].reports-to", "icp").validate();
        assertThat(outcome.findings("PLC-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.subject()).isEqualTo("riverton-place");
            assertThat(d.message()).contains("Riverton Place Committee", "does not report to the ICB board");
        });
    }

    @Test
    void rejectsCommitteeModelNamingJointCommittee() {
        var outcome = fixture().set("committees[id=riverton-place-committee].type", "joint-committee").validate();
        assertThat(outcome.findings("PLC-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Riverton Place Committee", "joint committee"));
    }

    @Test
    void leavesUnknownCommitteeToReferenceCheck() {
        var outcome = fixture().set(RIVERTON + ".governance.committee", "no-such-committee").validate();
        assertThat(outcome.findings("PLC-002")).isEmpty();
        assertThat(outcome.findings("STR-001")).isNotEmpty();
    }

    // PLC-002: joint committee --------------------------------------------------------------

    @Test
    void acceptsJointCommitteeOfIcbAndTrust() {
        var outcome = rivertonGovernedBy(Map.of("model", "joint-committee",
                "partners", List.of("northshire-icb", "riverton-hospital"))).validate();
        assertThat(outcome.findings("PLC-002")).isEmpty();
    }

    @Test
    void rejectsJointCommitteeWithoutStatutoryProvider() {
        var outcome = rivertonGovernedBy(Map.of("model", "joint-committee",
                "partners", List.of("northshire-icb", "riverton-council"))).validate();
        assertThat(outcome.findings("PLC-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("riverton-place");
            assertThat(d.message()).contains("joint committee", "no statutory provider");
        });
    }

    @Test
    void rejectsJointCommitteeWithoutIcb() {
        var outcome = rivertonGovernedBy(Map.of("model", "joint-committee",
                "partners", List.of("riverton-hospital"))).validate();
        assertThat(outcome.findings("PLC-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("the ICB is not among its partners"));
    }

    // PLC-002: ICB director -----------------------------------------------------------------

    @Test
    void acceptsExecutiveDirectorOfIcb() {
        var outcome = rivertonGovernedBy(Map.of("model", "icb-director", "director", "cfo")).validate();
        assertThat(outcome.findings("PLC-002")).isEmpty();
    }

    @Test
    void rejectsDirectorWhoIsNotOnBoard() {
        var outcome = rivertonGovernedBy(Map.of("model", "icb-director", "director", "place-lead")).validate();
        assertThat(outcome.findings("PLC-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("riverton-place");
            assertThat(d.message()).contains("Nia Place", "not an executive member");
        });
    }

    @Test
    void rejectsPartnerMemberAsDirector() {
        var outcome = rivertonGovernedBy(Map.of("model", "icb-director", "director", "trust-partner")).validate();
        assertThat(outcome.findings("PLC-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Ivo Trust"));
    }

    @Test
    void rejectsDirectorModelNamingNoDirector() {
        var outcome = rivertonGovernedBy(Map.of("model", "icb-director")).validate();
        assertThat(outcome.findings("PLC-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("names no director"));
    }

    // PLC-002: lead provider ----------------------------------------------------------------

    @Test
    void acceptsTrustAsLeadProviderUnderContract() {
        var outcome = rivertonGovernedBy(Map.of("model", "lead-provider", "lead-provider", "riverton-hospital",
                "contract", "Riverton integrated care contract 2025-2030")).validate();
        assertThat(outcome.findings("PLC-002")).isEmpty();
    }

    @Test
    void rejectsCouncilAsLeadProvider() {
        var outcome = rivertonGovernedBy(Map.of("model", "lead-provider", "lead-provider", "riverton-council",
                "contract", "Riverton integrated care contract")).validate();
        assertThat(outcome.findings("PLC-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("riverton-place");
            assertThat(d.message()).contains("Riverton City Council", "not a provider");
        });
    }

    @Test
    void rejectsLeadProviderWithoutContract() {
        var outcome = rivertonGovernedBy(Map.of("model", "lead-provider", "lead-provider", "riverton-hospital",
                "contract", "  ")).validate();
        assertThat(outcome.findings("PLC-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("no contract"));
    }

    // PLC-003 ------------------------------------------------------------------------------

    @Test
    void flagsPlaceWithoutAcuteOrMentalHealthProviders() {
        var outcome = fixture()
                .remove(RIVERTON + ".members[organisation=riverton-hospital]")
                .remove(RIVERTON + ".members[organisation=northshire-mh]")
                .validate();
        assertThat(outcome.findings("PLC-003")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("riverton-place");
            assertThat(d.message()).contains("Riverton Health and Care Partnership", "acute services and mental health services")
                    .doesNotContain("community");
        });
    }

    @Test
    void flagsPlaceWithoutPeopleWhoUseServices() {
        var outcome = fixture().remove(RIVERTON + ".members[organisation=healthwatch-riverton]").validate();
        assertThat(outcome.findings("PLC-003")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("people who use services"));
    }

    @Test
    void countsHealthwatchAsPeopleWhoUseServicesWithoutSayingSo() {
        var outcome = fixture().remove(RIVERTON + ".members[organisation=healthwatch-riverton].represents").validate();
        assertThat(outcome.findings("PLC-003")).isEmpty();
    }

    @Test
    void acceptsVcseInsteadOfHealthwatch() {
        var outcome = fixture()
                .set(RIVERTON + ".members[organisation=healthwatch-riverton]", Map.of("organisation", "northshire-vcse"))
                .validate();
        assertThat(outcome.findings("PLC-003")).isEmpty();
    }

    // PLC-004 ------------------------------------------------------------------------------

    @Test
    void flagsUnitaryCouncilNoPlaceCovers() {
        var outcome = fixture().set(RIVERTON + ".areas", List.of()).validate();
        assertThat(outcome.findings("PLC-004")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("ics.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("riverton-council");
            assertThat(d.message()).contains("Riverton City Council");
        });
    }

    @Test
    void flagsDistrictLeftOutOfPartlyCoveredCounty() {
        var outcome = fixture().set(NORTHSHIRE + ".areas", List.of("eastdale-dc")).validate();
        assertThat(outcome.findings("PLC-004")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("organisations.yaml");
            assertThat(d.subject()).isEqualTo("westdale-dc");
            assertThat(d.message()).contains("Westdale District Council", "Northshire County Council");
        });
    }

    @Test
    void flagsDistrictLeftOutEvenWhenCountyIsNamedAlongsideOthers() {
        var outcome = fixture().set(NORTHSHIRE + ".areas", List.of("northshire-cc", "eastdale-dc")).validate();
        assertThat(outcome.findings("PLC-004")).singleElement()
                .satisfies(d -> assertThat(d.subject()).isEqualTo("westdale-dc"));
    }

    @Test
    void acceptsCountyCoveredByNamingTheCountyItself() {
        var outcome = fixture().set(NORTHSHIRE + ".areas", List.of("northshire-cc")).validate();
        assertThat(outcome.findings("PLC-004")).isEmpty();
    }

    @Test
    void flagsCountyNoPlaceCovers() {
        var outcome = fixture().set(NORTHSHIRE + ".areas", List.of()).validate();
        assertThat(outcome.findings("PLC-004")).singleElement()
                .satisfies(d -> assertThat(d.subject()).isEqualTo("northshire-cc"));
    }

    // PLC-005 ------------------------------------------------------------------------------

    @Test
    void advisesOnPlaceLargerThanGuidance() {
        var outcome = fixture().set(RIVERTON + ".population", 600000).validate();
        assertThat(outcome.findings("PLC-005")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("riverton-place");
            assertThat(d.message()).contains("Riverton Health and Care Partnership", "600,000", "250,000–500,000");
        });
    }

    @Test
    void acceptsPlaceAtLowerBoundAndPlaceWithoutPopulation() {
        var outcome = fixture()
                .set(RIVERTON + ".population", 250000)
                .remove(NORTHSHIRE + ".population")
                .validate();
        assertThat(outcome.findings("PLC-005")).isEmpty();
    }

    @Test
    void advisesOnSystemSmallerThanGuidance() {
        var outcome = fixture().set("ics.population", 999999).validate();
        assertThat(outcome.findings("PLC-005")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("ics.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("999,999", "1–3 million");
        });
    }

    @Test
    void acceptsSystemAtUpperBound() {
        assertThat(fixture().set("ics.population", 3000000).validate().findings("PLC-005")).isEmpty();
    }
}
