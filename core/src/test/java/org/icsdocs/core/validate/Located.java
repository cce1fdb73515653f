package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.testing.Outcome;

/**
 * Assertions that a finding points at the exact key it is about: the file, line and column the
 * loader recorded for that key in the broken definition, not merely the right file.
 */
final class Located {

    private Located() {
    }

    /** The location of a key in the loaded definition, e.g. {@code d -> seat(d, "la-partner").at().of("nominatedBy")}. */
    static Location keyIn(Outcome outcome, Function<Definition, Location> key) {
        return key.apply(outcome.load().definition().orElseThrow());
    }

    /** The one finding of the rule, asserted to be at {@code where} and to say the words. */
    static Diagnostic single(Outcome outcome, String rule, Location where, String... words) {
        List<Diagnostic> found = outcome.findings(rule);
        assertThat(found).as(rule + " findings").hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(where.line()).as("the expected key was written").isPositive();
        assertThat(d.location()).as(rule + " location").isEqualTo(where);
        assertThat(d.message()).contains(words);
        assertThat(d.hint()).isNotBlank();
        return d;
    }

    /** The findings of the rule at exactly these places, in any order. */
    static List<Diagnostic> at(Outcome outcome, String rule, Location... where) {
        List<Diagnostic> found = outcome.findings(rule);
        assertThat(found).extracting(Diagnostic::location).containsExactlyInAnyOrder(where);
        found.forEach(d -> assertThat(d.hint()).isNotBlank());
        return found;
    }
}
