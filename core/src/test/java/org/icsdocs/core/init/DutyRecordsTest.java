package org.icsdocs.core.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.init.YamlWriter.Node;
import org.icsdocs.core.model.OfficerRole;
import org.junit.jupiter.api.Test;

/** The dated duty records ics:init and the bench write: due by the as-at day, never dated after it. */
class DutyRecordsTest {

    private static String yaml(List<Node> nodes) {
        return YamlWriter.document(List.of(), YamlWriter.node().put("plans", nodes));
    }

    @Test
    void theJointPlansForTheCurrentYearAreAgreedAndPublishedBeforeItStarts() {
        String plans = yaml(DutyRecords.plans(LocalDate.of(2026, 12, 1), List.of("trust-a"), (kind, year) -> kind.key() + " " + year, false));

        assertThat(plans).contains("title: joint-forward-plan 2026/27", "title: joint-capital-resource-use-plan 2026/27",
                "agreed-on: 2026-03-20", "published-on: 2026-03-30").doesNotContain("illustrative");
    }

    @Test
    void lastYearsAnnualReportIsOnlyRecordedOnceItsPublicationDayHasPassed() {
        String beforeJuly = yaml(DutyRecords.plans(LocalDate.of(2026, 5, 1), List.of("trust-a"), (kind, year) -> kind.key() + " " + year, true));
        String afterJuly = yaml(DutyRecords.plans(LocalDate.of(2026, 8, 1), List.of("trust-a"), (kind, year) -> kind.key() + " " + year, true));

        assertThat(beforeJuly).contains("title: annual-report 2024/25", "published-on: 2025-07-15").doesNotContain("annual-report 2025/26");
        assertThat(afterJuly).contains("title: annual-report 2024/25", "title: annual-report 2025/26", "published-on: 2026-07-15");
    }

    @Test
    void theContractingSummaryIsNeverPublishedAfterTheAsAtDay() {
        String early = YamlWriter.document(List.of(), DutyRecords.procurement(LocalDate.of(2026, 4, 10)));
        String late = YamlWriter.document(List.of(), DutyRecords.procurement(LocalDate.of(2026, 12, 1)));

        assertThat(early).contains("financial-year: \"2025/26\"", "published-on: 2026-04-10");
        assertThat(late).contains("financial-year: \"2025/26\"", "published-on: 2026-06-30");
    }

    @Test
    void everyOfficerRoleMustHaveAHolder() {
        Map<OfficerRole, String> holders = new EnumMap<>(OfficerRole.class);
        holders.put(OfficerRole.CALDICOTT_GUARDIAN, "cmo");

        assertThatThrownBy(() -> DutyRecords.officers(holders, false)).hasMessageContaining("senior-information-risk-owner");
    }
}
