package org.icsdocs.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuildDateTest {

    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    @Test
    void prefersTheProjectOutputTimestamp() {
        BuildDate d = BuildDate.resolve("2026-11-01T00:00:00Z", "0", NOW);
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(d.source()).isEqualTo("project.build.outputTimestamp");
    }

    @Test
    void acceptsAnOutputTimestampInEpochSeconds() {
        assertThat(BuildDate.resolve("1761955200", null, NOW).date()).isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    void fallsBackToSourceDateEpoch() {
        BuildDate d = BuildDate.resolve(null, "1761955200", NOW);
        assertThat(d.source()).isEqualTo("SOURCE_DATE_EPOCH");
        assertThat(d.instant()).isEqualTo(Instant.ofEpochSecond(1761955200));
    }

    @Test
    void ignoresAnUnresolvedMavenExpression() {
        assertThat(BuildDate.resolve("${project.build.outputTimestamp}", null, NOW).source()).isEqualTo("clock");
    }

    @Test
    void usesUtcSoTheDateDoesNotDependOnTheTimeZone() {
        assertThat(BuildDate.resolve("2026-11-01T23:30:00-05:00", null, NOW).date()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void namesTheParameterWhenTheTimestampIsMalformed() {
        assertThatThrownBy(() -> BuildDate.resolve("last tuesday", null, NOW))
                .isInstanceOfSatisfying(IcsException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("project.build.outputTimestamp");
                    assertThat(e.value()).isEqualTo("last tuesday");
                });
    }
}
