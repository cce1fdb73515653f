package org.icsdocs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.api.ValidationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class GeneratedDefinitionsAreValidTest {

    /**
     * West and North London (established 2026, ODS code Z9B2Z, twelve boroughs),
     * North East London, Surrey and Sussex (established 2026 from two and a part), Somerset (one
     * council, three trusts), Kent and Medway (the example's system) and Northamptonshire (councils
     * whose ODS codes are not three digits, so STR-004 needs a recorded justification).
     */
    private static final List<String> SAMPLE = List.of("Z9B2Z", "QMF", "S9B9J", "QSL", "QKS", "QPM");

    @Test
    void everyGeneratedSystemValidatesWithoutErrorsOrWarnings(@TempDir Path out) {
        Options options = Options.defaults(1, 1).withCommitteeMeetings(4);
        new WorkloadGenerator(7, options).write(out, SAMPLE, s -> { });

        Map<String, List<String>> findings = new LinkedHashMap<>();
        for (String icb : SAMPLE) {
            ValidationOutcome outcome = Generated.validate(out, icb);
            assertThat(outcome.rulesRan()).as("the rules ran for %s", icb).isTrue();
            findings.put(icb, Generated.errorsAndWarnings(outcome));
        }
        assertThat(findings).as("errors and warnings per system").allSatisfy((icb, lines) ->
                assertThat(lines).as("%s:%n%s", icb, String.join("\n", lines)).isEmpty());
    }

    @Test
    void generatedSystemsNeedNoAdviceEither(@TempDir Path out) {
        new WorkloadGenerator(11, Options.defaults(1, 1).withCommitteeMeetings(0)).write(out, List.of("QMF", "QSL"), s -> { });

        for (String icb : List.of("QMF", "QSL")) {
            List<String> advice = Generated.advice(Generated.validate(out, icb));
            assertThat(advice).as("%s:%n%s", icb, String.join("\n", advice)).isEmpty();
        }
    }

    @Test
    void aSecondYearOfMeetingsStaysValid(@TempDir Path out) {
        new WorkloadGenerator(13, Options.defaults(1, 2).withCommitteeMeetings(6)).write(out, List.of("QJM"), s -> { });

        ValidationOutcome outcome = Generated.validate(out, "QJM");
        List<String> lines = Generated.errorsAndWarnings(outcome);
        assertThat(lines).as(String.join("\n", lines)).isEmpty();
        assertThat(outcome.definition().orElseThrow().meetings()).anyMatch(m -> m.date().getYear() == 2027);
    }

    /** Every ICB of the reference data, for a run by hand: {@code -Dbench.all=true}. Too slow for CI. */
    @Test
    @EnabledIfSystemProperty(named = "bench.all", matches = "true")
    void everyIcbOfTheReferenceDataValidates(@TempDir Path out) {
        Options options = Options.defaults(36, 1).withCommitteeMeetings(40);
        WorkloadGenerator.Summary summary = new WorkloadGenerator(Long.getLong("bench.seed", 1L), options).write(out);
        assertThat(summary.systems()).hasSize(36);

        List<String> problems = new ArrayList<>();
        for (WorkloadGenerator.SystemSummary s : summary.systems()) {
            ValidationOutcome outcome = Generated.validate(out, s.odsCode());
            Generated.errorsAndWarnings(outcome).forEach(line -> problems.add(s.odsCode() + " " + line));
            Generated.advice(outcome).forEach(line -> problems.add(s.odsCode() + " " + line));
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
