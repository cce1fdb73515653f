package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Plan;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PLN: the joint forward plan (s14Z52), the joint capital resource use plan (s14Z56) and the annual report (s14Z58). */
class PlanRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    private static final String JFP = "plans[kind=joint-forward-plan]";
    private static final String CAPITAL = "plans[kind=joint-capital-resource-use-plan]";

    private static Plan plan(Definition d, String kind, String year) {
        return d.plans().stream().filter(p -> p.kind().key().equals(kind) && p.financialYear().equals(year)).findFirst().orElseThrow();
    }

    private static Location key(Outcome outcome, String kind, String year, String component) {
        return Located.keyIn(outcome, d -> plan(d, kind, year).at().of(component));
    }

    /** Where a finding about a missing plan points: the plans list's first entry, a real line (never the file as a whole, line 0). */
    private static Location firstPlan(Outcome outcome) {
        Location first = Located.keyIn(outcome, d -> d.plans().get(0).at().at());
        assertThat(first.line()).isPositive();
        return first;
    }

    @Test
    void rejectsForwardPlanAgreedAfterItsYearStarts() {
        var outcome = fixture().set(JFP + ".agreed-on", "2026-05-14").set(JFP + ".published-on", "2026-05-20").validate();
        Located.single(outcome, "PLN-001", key(outcome, "joint-forward-plan", "2026/27", "agreedOn"),
                "agreed on 2026-05-14", "after its financial year began on 2026-04-01");
    }

    @Test
    void flagsMissingForwardPlanForTheYear() {
        var outcome = fixture().set(JFP + ".financial-year", "2025/26").validate();
        assertThat(outcome.findings("PLN-001")).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(firstPlan(outcome));
            assertThat(d.message()).contains("no joint forward plan for 2026/27");
        });
    }

    @Test
    void flagsForwardPlanPreparedWithoutPartnerTrusts() {
        var outcome = fixture().remove(JFP + ".prepared-with").validate();
        Located.single(outcome, "PLN-001", Located.keyIn(outcome, d -> plan(d, "joint-forward-plan", "2026/27").at().at()), "names no partner NHS trust");
    }

    @Test
    void acceptsForwardPlanAgreedBeforeTheYear() {
        assertThat(fixture().validate().findings("PLN-001")).isEmpty();
    }

    @Test
    void appliesOnlyFromTheFirstPlanYear() {
        var outcome = fixture().set(JFP + ".financial-year", "2025/26").validate(LocalDate.of(2023, 3, 31));
        assertThat(outcome.findings("PLN-001")).isEmpty();
    }

    @Test
    void flagsForwardPlanWithoutTheChildrenAndAbuseContents() {
        var outcome = fixture().set(JFP + ".contents", List.of("health-services", "general-duties", "financial-duties", "joint-health-and-wellbeing-strategy")).validate();
        Located.single(outcome, "PLN-002", key(outcome, "joint-forward-plan", "2026/27", "contents"),
                "children and young people under 25", "victims of abuse");
    }

    @Test
    void acceptsForwardPlanWithEveryRequiredContent() {
        assertThat(fixture().validate().findings("PLN-002")).isEmpty();
    }

    @Test
    void flagsMissingAnnualReportOnTheYearBeforeLast() {
        var outcome = fixture().remove("plans[financial-year=2024/25]").validate();
        assertThat(outcome.findings("PLN-003")).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(firstPlan(outcome));
            assertThat(d.message()).contains("no annual report on 2024/25", "due during 2025/26");
        });
    }

    @Test
    void rejectsAnnualReportPublishedBeforeItsYearEnded() {
        var outcome = fixture().set("plans[financial-year=2025/26].published-on", "2026-03-01")
                .set("plans[financial-year=2025/26].agreed-on", "2026-02-01").validate();
        Located.single(outcome, "PLN-003", key(outcome, "annual-report", "2025/26", "publishedOn"), "before the year it reports on (2025/26) ended");
    }

    @Test
    void acceptsThisYearsAnnualReportStillInHand() {
        var outcome = fixture().remove("plans[financial-year=2025/26]").validate();
        assertThat(outcome.findings("PLN-003")).isEmpty();
    }

    @Test
    void rejectsCapitalPlanNotPublished() {
        var outcome = fixture().remove(CAPITAL + ".published-on").validate();
        Located.single(outcome, "PLN-004", Located.keyIn(outcome, d -> plan(d, "joint-capital-resource-use-plan", "2026/27").at().at()),
                "does not record its publication");
    }

    @Test
    void acceptsCapitalPlanAgreedAndPublished() {
        assertThat(fixture().validate().findings("PLN-004")).isEmpty();
    }

    @Test
    void rejectsFinancialYearNotWrittenAsTheNhsWritesIt() {
        var outcome = fixture().set(CAPITAL + ".financial-year", "2026-27").validate();
        Located.single(outcome, "PLN-005", key(outcome, "joint-capital-resource-use-plan", "2026-27", "financialYear"), "'2026-27' is not a financial year");
        assertThat(outcome.findings("PLN-004")).hasSize(1);
    }

    @Test
    void rejectsPlanPublishedBeforeItWasAgreed() {
        var outcome = fixture().set(CAPITAL + ".published-on", "2026-03-01").validate();
        Located.single(outcome, "PLN-005", key(outcome, "joint-capital-resource-use-plan", "2026/27", "publishedOn"), "before it was agreed");
    }

    @Test
    void acceptsWellFormedPlans() {
        assertThat(fixture().validate().findings("PLN-005")).isEmpty();
    }
}
