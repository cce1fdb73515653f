package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinanceRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture northshire() {
        return DefinitionFixture.northshire(temp);
    }

    // FIN-001 ------------------------------------------------------------------------------

    @Test
    void rejectsDelegatedBudgetWithoutHolder() {
        var outcome = northshire().remove("finance.delegated-budgets[id=riverton-place-budget].holder").validate();

        assertThat(outcome.findings("FIN-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("riverton-place-budget");
            assertThat(d.message()).contains("Riverton place budget").contains("does not name the body");
        });
    }

    @Test
    void rejectsDelegatedBudgetHeldByThePartnership() {
        // An organisation may hold a delegated budget (a lead provider under s65Z5); the ICP may not.
        var outcome = northshire().set("finance.delegated-budgets[id=riverton-place-budget].holder", "icp").validate();

        assertThat(outcome.findings("FIN-001")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("riverton-place-budget");
            assertThat(d.message()).contains("not a place, a provider collaborative, a committee or an organisation");
        });
    }

    @Test
    void acceptsDelegatedBudgetHeldByALeadProviderOrganisation() {
        var outcome = northshire().set("finance.delegated-budgets[id=riverton-place-budget].holder", "northshire-mh").validate();
        assertThat(outcome.findings("FIN-001")).isEmpty();
    }

    @Test
    void acceptsDelegatedBudgetsHeldByAPlaceAndACommittee() {
        var outcome = northshire().set("finance.delegated-budgets[id=riverton-place-budget].holder", "riverton-place")
                .set("finance.delegated-budgets[id=acute-collab-budget].holder", "primary-care").validate();

        assertThat(outcome.findings("FIN-001")).isEmpty();
    }

    @Test
    void rejectsDelegatedBudgetsExceedingTheAllocation() {
        var outcome = northshire().set("finance.allocation", "£199m").validate();

        assertThat(outcome.findings("FIN-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("£200m").contains("£199m").contains("more than the ICB's allocation");
        });
    }

    @Test
    void acceptsDelegatedBudgetsEqualToTheAllocation() {
        var outcome = northshire().set("finance.allocation", "£200m").validate();

        assertThat(outcome.findings("FIN-001")).isEmpty();
    }

    @Test
    void rejectsDelegatedBudgetsWithoutAnAllocation() {
        var outcome = northshire().remove("finance.allocation").validate();

        assertThat(outcome.findings("FIN-001")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("£200m").contains("allocation is not recorded");
        });
    }

    @Test
    void acceptsNoAllocationWhenNothingIsDelegated() {
        var outcome = northshire().remove("finance.allocation").remove("finance.delegated-budgets").validate();

        assertThat(outcome.findings("FIN-001")).isEmpty();
    }

    // FIN-002 ------------------------------------------------------------------------------

    @Test
    void flagsPooledBudgetWithoutALocalAuthorityPartner() {
        var outcome = northshire().set("finance.pooled-budgets[id=bcf-northshire].partners", List.of("northshire-icb")).validate();

        assertThat(outcome.findings("FIN-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("bcf-northshire");
            assertThat(d.message()).contains("Northshire Better Care Fund").contains("no local authority");
        });
    }

    @Test
    void flagsPooledBudgetWithoutAHost() {
        var outcome = northshire().remove("finance.pooled-budgets[id=bcf-northshire].host").validate();

        assertThat(outcome.findings("FIN-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("bcf-northshire");
            assertThat(d.message()).contains("does not name its host");
        });
    }

    @Test
    void acceptsPooledBudgetWithAUnitaryCouncilPartner() {
        var outcome = northshire().set("finance.pooled-budgets[id=bcf-northshire].partners", List.of("northshire-icb", "riverton-council")).validate();

        assertThat(outcome.findings("FIN-002")).isEmpty();
    }

    // FIN-003 ------------------------------------------------------------------------------

    @Test
    void flagsMissingFinanceSectionOnce() {
        var outcome = northshire().remove("finance").validate();

        assertThat(outcome.findings("FIN-003")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("ics.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("mental health investment standard").contains("funding guarantee");
        });
        assertThat(outcome.findings("FIN-001")).isEmpty();
    }

    @Test
    void flagsBlankMentalHealthInvestmentStandard() {
        var outcome = northshire().set("finance.mental-health-investment-standard", " ").validate();

        assertThat(outcome.findings("FIN-003")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("mental health investment standard");
        });
    }

    @Test
    void flagsMissingCommunityServicesGuarantee() {
        var outcome = northshire().remove("finance.community-services-guarantee").validate();

        assertThat(outcome.findings("FIN-003")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("primary and community health services funding guarantee"));
    }

    @Test
    void acceptsBothDeclarations() {
        var outcome = northshire().validate();

        assertThat(outcome.findings("FIN-003")).isEmpty();
    }
}
