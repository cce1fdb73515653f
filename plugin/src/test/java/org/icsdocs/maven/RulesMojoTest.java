package org.icsdocs.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class RulesMojoTest {

    private static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 1);

    @Test
    void listsTheRulesInForceOnTheBuildDateWithSeverityAndSource() throws MojoFailureException {
        List<String> lines = RulesMojo.lines(null, null, BUILD_DATE);
        assertThat(lines.get(0)).contains("rules in force on 2026-11-01");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("BRD-017  error  ").contains("National Health Service Act 2006, Sch. 1B para 8(2)"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("HBL-001"));
    }

    @Test
    void listsTheLawOfAnotherDay() throws MojoFailureException {
        List<String> before = RulesMojo.lines("2023-12-31", null, BUILD_DATE);
        assertThat(before).noneSatisfy(l -> assertThat(l).startsWith("PSR-001"));
        assertThat(RulesMojo.lines("2024-01-01", null, BUILD_DATE)).anySatisfy(l -> assertThat(l).startsWith("PSR-001"));
        assertThat(RulesMojo.lines("2026-12-01", null, BUILD_DATE)).noneSatisfy(l -> assertThat(l).startsWith("ICP-003"));
    }

    @Test
    void printsOneRuleInFull() throws MojoFailureException {
        List<String> lines = RulesMojo.lines(null, "brd-006", BUILD_DATE);
        assertThat(lines.get(0)).startsWith("BRD-006 (warning): ");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("in force: from 2022-07-01"))
                .anySatisfy(l -> assertThat(l).contains("source: ").contains("<https://"));
    }

    @Test
    void rejectsAnUnknownRuleClearly() {
        assertThatThrownBy(() -> RulesMojo.lines(null, "XYZ-999", BUILD_DATE))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'XYZ-999' is not a rule of the catalogue").hasMessageContaining("BRD-006");
    }

    @Test
    void rejectsADateThatIsNoDate() {
        assertThatThrownBy(() -> RulesMojo.lines("1 Nov 2026", null, BUILD_DATE))
                .isInstanceOf(MojoFailureException.class).hasMessageContaining("not a date");
    }
}
