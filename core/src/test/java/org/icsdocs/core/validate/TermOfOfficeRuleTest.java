package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BRD-018: a member's recorded term is no longer than the constitution's term for the role. */
class TermOfOfficeRuleTest {

    @TempDir
    Path temp;

    private DefinitionFixture kentAndMedway() {
        return DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km"));
    }

    private static BoardMember seat(Definition d, String person) {
        return d.board().members().stream().filter(m -> m.person().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void flagsADeputyChairAppointedForFiveYearsWhereTheConstitutionSetsFour() {
        // The site once printed 1 July 2022 to 30 June 2027 beside clause 3.13.2's four-year terms.
        var outcome = kentAndMedway().set("board.members[person=ine-deputy].term-start", "2022-07-01").validate();
        Location termEnd = Located.keyIn(outcome, d -> seat(d, "ine-deputy").at().of("termEnd"));
        assertThat(termEnd.file()).isEqualTo("board.yaml");
        Located.single(outcome, "BRD-018", termEnd, "2022-07-01", "2027-06-30", "5 years", "longer than the 4 years",
                "independent non-executive member");
    }

    @Test
    void flagsAPartnerMemberOneDayOverTheirThreeYears() {
        var outcome = kentAndMedway().set("board.members[person=pm-medway].term-end", "2028-07-01").validate();
        Located.single(outcome, "BRD-018", Located.keyIn(outcome, d -> seat(d, "pm-medway").at().of("termEnd")),
                "Nadia Fairbrother", "3 years");
    }

    @Test
    void acceptsATermOfExactlyTheConstitutionsLength() {
        var outcome = kentAndMedway().set("board.members[person=pm-medway].term-end", "2028-06-30").validate();
        assertThat(outcome.findings("BRD-018")).isEmpty();
    }

    @Test
    void quietOnTheExample() {
        assertThat(kentAndMedway().validate().findings("BRD-018")).isEmpty();
    }

    @Test
    void roleWithoutATermInTheConstitutionIsNotChecked() {
        var outcome = kentAndMedway().remove("constitution.terms-of-office").set("board.members[person=pm-medway].term-end", "2035-06-30").validate();
        assertThat(outcome.findings("BRD-018")).isEmpty();
    }
}
