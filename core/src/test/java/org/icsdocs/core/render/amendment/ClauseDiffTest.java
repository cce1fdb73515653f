package org.icsdocs.core.render.amendment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icsdocs.core.render.amendment.ClauseDiff.Type;
import org.junit.jupiter.api.Test;

class ClauseDiffTest {

    private static ClauseEntry clause(String number, String text) {
        return new ClauseEntry("clause", "terms", number, 0, text);
    }

    @Test
    void aClauseThatOnlyMovesNumberIsUnchanged() {
        List<ClauseDiff.Change> changes = new ClauseDiff().compare(
                List.of(clause("3.12.1", "Members resign in writing.")),
                List.of(clause("3.13.1", "A new first clause about something else entirely."), clause("3.13.2", "Members resign in writing.")));
        assertThat(changes).extracting(ClauseDiff.Change::type).containsExactly(Type.INSERTED, Type.UNCHANGED);
    }

    @Test
    void aDeletedClauseReadsBeforeTheClauseThatReplacesIt() {
        List<ClauseDiff.Change> changes = new ClauseDiff().compare(
                List.of(clause("2.3.2", "Orchard Lane Surgery nominates the partner member.")),
                List.of(clause("2.3.2", "The eligible providers of primary medical services nominate jointly, as listed in 3.6 of this text.")));
        assertThat(changes).extracting(ClauseDiff.Change::type).containsExactly(Type.DELETED, Type.INSERTED);
    }

    @Test
    void aClauseReworded_isAmendedWordByWordWithDeletionsBeforeInsertions() {
        List<ClauseDiff.Change> changes = new ClauseDiff().compare(
                List.of(clause("3.12.2", "Terms of office run for between three and five years.")),
                List.of(clause("3.13.2", "Terms of office run for four years.")));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(Type.AMENDED);
            assertThat(c.pieces()).extracting(ClauseDiff.Piece::type)
                    .containsExactly(Type.UNCHANGED, Type.DELETED, Type.INSERTED, Type.UNCHANGED);
            assertThat(c.pieces().get(1).text()).isEqualTo("between three and five ");
            assertThat(c.pieces().get(2).text()).isEqualTo("four ");
        });
    }

    @Test
    void aClauseReplacedByAnUnrelatedOneIsADeletionAndAnInsertion() {
        List<ClauseDiff.Change> changes = new ClauseDiff().compare(
                List.of(clause("2.5.3", "Catrin Bellweather leads the annual appraisal of the chair.")),
                List.of(clause("2.5.3", "The senior independent member supports NHS England's regional director.")));
        assertThat(changes).extracting(ClauseDiff.Change::type).containsExactlyInAnyOrder(Type.DELETED, Type.INSERTED);
    }
}
