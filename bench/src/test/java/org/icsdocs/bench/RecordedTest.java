package org.icsdocs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guard's reading of BENCHMARKS.md and its arithmetic. */
class RecordedTest {

    private static final String BENCHMARKS = """
            # Benchmarks

            | measure | ics-docs | compared with |
            | --- | --- | --- |
            | site, pages per second | 91.0 (8,407 pages) | Hugo: 1,084.2 |

            ## Figures the bench compares with

            | figure | systems | value | better |
            | --- | --- | --- | --- |
            | `site.pagesPerSecond` | 36 | 91.0 | higher |
            | `site.pagesPerSecond` | 4 | 43.6 | higher |
            | `national.seconds` | 36 | 1,068 | lower |
            | `rebuild.unchanged.freshSeconds` | 4 | 1.188 | lower |
            | `pdf.pagesPerSecond` | 4 | (to be measured) | higher |

            ## Profiles

            | `site.pagesPerSecond` | 4 | 1.0 | higher |
            """;

    @Test
    void readsTheFiguresRecordedForTheRunsNumberOfSystemsFromItsOwnTableOnly() {
        Map<String, Recorded.Figure> four = Recorded.parse(BENCHMARKS, 4);
        Map<String, Recorded.Figure> all = Recorded.parse(BENCHMARKS, 36);

        assertThat(four.keySet()).containsExactly("site.pagesPerSecond", "rebuild.unchanged.freshSeconds");
        assertThat(four.get("site.pagesPerSecond").value()).isEqualTo(43.6);
        assertThat(four.get("rebuild.unchanged.freshSeconds").higherIsBetter()).isFalse();
        assertThat(all.get("national.seconds").value()).as("thousands separator").isEqualTo(1068);
        assertThat(all.get("site.pagesPerSecond").value()).isEqualTo(91.0);
    }

    @Test
    void theChangeIsInPerCentOfTheRecordedFigureWithItsSign() {
        assertThat(Recorded.change(43.6, 130.8)).isEqualTo("+200.0%");
        assertThat(Recorded.change(1.188, 1.069)).isEqualTo("-10.0%");
        assertThat(Recorded.change(91.0, 91.0)).isEqualTo("+0.0%");
    }

    @Test
    void marksAFigureWorseByMoreThanATenthWhicheverWayIsBetter() {
        Map<String, Recorded.Figure> last = Recorded.parse(BENCHMARKS, 4);
        Map<String, Double> now = Recorded.figures(List.of("site.pagesPerSecond=32.8", "rebuild.unchanged.freshSeconds=1.0",
                "hugo.pagesPerSecond=675.5", "broken=n/a"));

        List<String> report = Recorded.report(last, now, 4);

        assertThat(report).hasSize(4);
        assertThat(report.get(1)).contains("site.pagesPerSecond", "43.6", "32.8", "-24.8%", "WORSE");
        assertThat(report.get(2)).contains("rebuild.unchanged.freshSeconds", "1.188", "-15.8%").doesNotContain("WORSE");
        assertThat(report.get(3)).contains("hugo.pagesPerSecond", "none", "675.5");
    }
}
