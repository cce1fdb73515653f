package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules whose strength or statement was corrected from their sources: the mental health ordinary
 * member is statute (BRD-015, error); local Healthwatch is involved in preparing the strategy
 * rather than being a member of the ICP (ICP-003 retired, ICP-006); where a partner member comes
 * from is guidance (BRD-006, BRD-007, warnings) while who nominates them is statute (BRD-017).
 */
class SeverityFromSourcesTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    private static Location strategyKey(Outcome outcome) {
        return Located.keyIn(outcome, d -> d.icp().strategy().at().of("involvedHealthwatch"));
    }

    @Test
    void mentalHealthOrdinaryMemberIsAnErrorFromStatute() {
        assertThat(Rule.BRD_015.severity()).isEqualTo(Severity.ERROR);
        assertThat(Rule.BRD_015.source()).contains("National Health Service Act 2006, Sch. 1B");
        var outcome = fixture().set("people[id=ine-deputy].expertise", List.of("governance")).validate();
        Located.single(outcome, "BRD-015", Located.keyIn(outcome, d -> d.board().at().of("members")), "ordinary member", "mental illness");
        assertThat(outcome.findings("BRD-015").get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void mentalHealthOrdinaryMemberIsLawFromTheDayIcbsWereEstablished() {
        // Sch. 1B came into force for ICBs on 1 July 2022 (S.I. 2022/734), the mental-health seat with it
        assertThat(Rule.BRD_015.inForce().from()).isEqualTo(java.time.LocalDate.of(2022, 7, 1));
        var broken = fixture().set("people[id=ine-deputy].expertise", List.of("governance"));
        assertThat(broken.validate(java.time.LocalDate.of(2022, 7, 1)).findings("BRD-015")).hasSize(1);
        assertThat(Rule.BRD_015.inForce().appliesOn(java.time.LocalDate.of(2022, 6, 30), java.util.Optional.empty())).isFalse();
    }

    @Test
    void chairWithMentalHealthExperienceIsNoOrdinaryMember() {
        var outcome = fixture()
                .set("people[id=ine-deputy].expertise", List.of("governance"))
                .set("people[id=chair].expertise", List.of("mental-health"))
                .validate();
        assertThat(outcome.findings("BRD-015")).hasSize(1);
    }

    @Test
    void acceptsPartnerMemberAsTheMentalHealthOrdinaryMember() {
        var outcome = fixture()
                .set("people[id=ine-deputy].expertise", List.of("governance"))
                .set("people[id=trust-partner].expertise", List.of("mental-health"))
                .validate();
        assertThat(outcome.findings("BRD-015")).isEmpty();
    }

    @Test
    void healthwatchMembershipRuleIsRetiredAfterItsLastDay() {
        var broken = fixture().remove("icp.members[organisation=healthwatch-northshire]");
        assertThat(broken.validate(LocalDate.of(2026, 11, 30)).findings("ICP-003")).hasSize(1);
        assertThat(broken.validate(LocalDate.of(2026, 12, 1)).findings("ICP-003")).isEmpty();
    }

    @Test
    void flagsLocalHealthwatchNotInvolvedInPreparingTheStrategy() {
        var outcome = fixture().set("icp.strategy.involved-healthwatch", List.of("healthwatch-northshire")).validate();
        Located.single(outcome, "ICP-006", strategyKey(outcome), "Healthwatch Riverton", "not recorded as involved");
        assertThat(outcome.findings("ICP-006").get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void flagsStrategyThatRecordsNoInvolvementAtTheStrategy() {
        var outcome = fixture().remove("icp.strategy.involved-healthwatch").validate();
        Location strategy = Located.keyIn(outcome, d -> d.icp().strategy().at().at());
        assertThat(Located.at(outcome, "ICP-006", strategy, strategy)).extracting(d -> d.message())
                .anySatisfy(m -> assertThat(m).contains("Healthwatch Northshire"))
                .anySatisfy(m -> assertThat(m).contains("Healthwatch Riverton"));
    }

    @Test
    void rejectsAnOrganisationThatIsNoHealthwatchListedAsOne() {
        var outcome = fixture().set("icp.strategy.involved-healthwatch",
                List.of("healthwatch-northshire", "healthwatch-riverton", "northshire-vcse")).validate();
        Located.single(outcome, "ICP-006", strategyKey(outcome), "Northshire VCSE Alliance", "not a Healthwatch");
    }

    @Test
    void acceptsStrategyPreparedWithEveryLocalHealthwatch() {
        assertThat(fixture().validate().findings("ICP-006")).isEmpty();
    }

    @Test
    void healthwatchInvolvementEndsWhenTheHealthBillCommencesInAScenario() {
        assertThat(Rule.ICP_006.inForce().endedBy()).isNotNull();
        assertThat(Rule.ICP_006.inForce().endedBy().scenarioId()).isEqualTo("health-bill-2026");
    }

    @Test
    void partnerMembersEmployerIsGuidanceWhileTheirNominatorsAreStatute() {
        assertThat(Rule.BRD_006.severity()).isEqualTo(Severity.WARNING);
        assertThat(Rule.BRD_007.severity()).isEqualTo(Severity.WARNING);
        assertThat(Rule.BRD_017.severity()).isEqualTo(Severity.ERROR);
        var outcome = fixture().set("people[id=la-partner].employer", "eastdale-dc").validate();
        assertThat(outcome.findings("BRD-006")).singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        assertThat(outcome.findings("BRD-017")).isEmpty();
    }
}
