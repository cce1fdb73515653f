package org.icsdocs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national workload is the map of ICBs in force on its as-of date, not a frozen list. */
class WorkloadFollowsTheMapInForceTest {

    private static Options light(int systems, LocalDate asOf) {
        return new Options(systems, 2026, 1, 0, 1, 1, 200, asOf);
    }

    @Test
    void theDefaultDateGeneratesTheThirtySixIcbsOfTheApril2026Map(@TempDir Path out) {
        WorkloadGenerator.Summary summary = new WorkloadGenerator(3, light(36, Options.DEFAULT_AS_OF)).write(out);

        assertThat(summary.systems()).hasSize(36);
        assertThat(summary.systems()).extracting(WorkloadGenerator.SystemSummary::odsCode)
                .contains("S9B9J", "QKS").doesNotContain("QXU", "QNX", "QNQ");
    }

    @Test
    void aDateBeforeTheMergersGeneratesTheFortyTwoIcbsOf2022(@TempDir Path out) {
        WorkloadGenerator.Summary summary = new WorkloadGenerator(3, light(42, LocalDate.of(2026, 3, 31))).write(out);

        assertThat(summary.systems()).hasSize(42);
        assertThat(summary.systems()).extracting(WorkloadGenerator.SystemSummary::odsCode).contains("QXU", "QNX").doesNotContain("S9B9J");
    }

    @Test
    void asksForNoMoreSystemsThanThereAreIcbsOnTheDate() {
        assertThatThrownBy(() -> light(37, Options.DEFAULT_AS_OF)).hasMessageContaining("between 1 and 36");
    }
}
