package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FIN-004/005 (financial duties), PSR (Provider Selection Regime records) and EQD (public sector equality duty). */
class DutyRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    // FIN-004, FIN-005 --------------------------------------------------------------------

    @Test
    void rejectsPlannedExpenditureAboveTheAllocation() {
        var outcome = fixture().set("finance.planned-expenditure", "£3.3bn").validate();
        Located.single(outcome, "FIN-004", Located.keyIn(outcome, d -> d.finance().at().of("plannedExpenditure")), "£3.3bn", "more than its allocation of £3.2bn");
    }

    @Test
    void flagsPlannedExpenditureNotRecorded() {
        var outcome = fixture().remove("finance.planned-expenditure").validate();
        Located.single(outcome, "FIN-004", Located.keyIn(outcome, d -> d.finance().at().at()), "planned expenditure for 2026/27 is not recorded");
    }

    @Test
    void acceptsExpenditureWithinTheAllocation() {
        assertThat(fixture().validate().findings("FIN-004")).isEmpty();
    }

    @Test
    void warnsOfRunningCostsAboveTheAllowance() {
        var outcome = fixture().set("finance.running-costs", "£41m").validate();
        Located.single(outcome, "FIN-005", Located.keyIn(outcome, d -> d.finance().at().of("runningCosts")), "£41m", "exceed the running cost allowance of £40m");
    }

    @Test
    void warnsOfARunningCostAllowanceNotRecordedNamingTheYear() {
        var outcome = fixture().remove("finance.running-cost-allowance").validate();
        Located.single(outcome, "FIN-005", Located.keyIn(outcome, d -> d.finance().at().at()), "running cost allowance for 2026/27 is not recorded");
    }

    @Test
    void acceptsRunningCostsWithinTheAllowance() {
        assertThat(fixture().validate().findings("FIN-005")).isEmpty();
    }

    // PSR-001, PSR-002 --------------------------------------------------------------------

    @Test
    void rejectsAwardRecordWithoutDecisionMakersOrCriteria() {
        var outcome = fixture()
                .remove("procurement.awards[id=psr-2025-01].decision-makers")
                .remove("procurement.awards[id=psr-2025-01].criteria-considered")
                .validate();
        Located.single(outcome, "PSR-001", Located.keyIn(outcome, d -> d.procurement().awards().get(0).at().at()),
                "psr-2025-01", "the individuals who made the decision", "how the key criteria");
    }

    @Test
    void leavesAwardsDecidedBeforeTheRegimeToTheOldRules() {
        var outcome = fixture().set("procurement.awards[id=psr-2025-01].decided-on", "2023-12-20")
                .remove("procurement.awards[id=psr-2025-01].decision-makers").validate();
        assertThat(outcome.findings("PSR-001")).isEmpty();
    }

    @Test
    void acceptsCompleteAwardRecord() {
        assertThat(fixture().validate().findings("PSR-001")).isEmpty();
    }

    @Test
    void flagsMissingAnnualSummaryOfLastYear() {
        var outcome = fixture().remove("procurement.annual-summaries[financial-year=2025/26]").validate();
        Located.single(outcome, "PSR-002", Located.keyIn(outcome, d -> d.procurement().at().of("annualSummaries")), "2025/26");
    }

    @Test
    void acceptsPublishedAnnualSummaries() {
        assertThat(fixture().validate().findings("PSR-002")).isEmpty();
    }

    @Test
    void psrRulesDoNotApplyBeforeTheRegimeCameIntoForce() {
        var outcome = fixture().remove("procurement").validate(LocalDate.of(2023, 12, 31));
        assertThat(outcome.findings("PSR-002")).isEmpty();
    }

    // EQD-001, EQD-002 --------------------------------------------------------------------

    @Test
    void rejectsEqualitySectionThatSaysNothingOfDueRegard() {
        var outcome = fixture().remove("equality.arrangements").validate();
        Located.single(outcome, "EQD-001", Located.keyIn(outcome, d -> d.equality().at().at()), "due regard");
    }

    @Test
    void acceptsRecordedEqualityArrangements() {
        assertThat(fixture().validate().findings("EQD-001")).isEmpty();
    }

    @Test
    void warnsOfEqualityInformationMoreThanAYearOld() {
        var outcome = fixture().set("equality.information-published-on", "2025-10-01").validate();
        Located.single(outcome, "EQD-002", Located.keyIn(outcome, d -> d.equality().at().of("informationPublishedOn")), "2025-10-01", "more than a year");
    }

    @Test
    void acceptsCurrentEqualityInformationAndObjectives() {
        assertThat(fixture().validate().findings("EQD-002")).isEmpty();
    }
}
