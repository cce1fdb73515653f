package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MTG-005: a paper for decision or approval gives the board the summary, recommendation, risks, equality and finance. */
class CoverSheetRuleTest {

    private static final String ITEM = "meetings[id=board-2026-09].agenda[1].items[1]";

    @TempDir
    Path temp;

    @Test
    void quietWhenThePaperForApprovalHasACompleteCoverSheet() {
        assertThat(DefinitionFixture.northshire(temp).validate().findings("MTG-005")).isEmpty();
    }

    @Test
    void reportsAnItemForApprovalWhoseCoverSheetLacksTheRisksAndEquality() {
        DefinitionFixture f = DefinitionFixture.northshire(temp).remove(ITEM + ".cover.risks").remove(ITEM + ".cover.equality");
        assertThat(f.validate().findings("MTG-005")).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("Primary care access recovery plan", "for approval", "risks", "equality").doesNotContain("finance");
            assertThat(d.location().file()).endsWith("meetings/2026-09-board.yaml");
            assertThat(d.location().line()).isPositive();
        });
    }

    @Test
    void reportsAnItemForDecisionWithNoCoverSheetAtAll() {
        DefinitionFixture f = DefinitionFixture.northshire(temp).remove(ITEM + ".cover").set(ITEM + ".purpose", "decision");
        Diagnostic d = f.validate().findings("MTG-005").get(0);
        assertThat(d.message()).contains("for decision", "summary", "recommendation", "risks", "equality", "finance");
    }

    @Test
    void anItemForAssuranceNeedsNoRisksOrEquality() {
        DefinitionFixture f = DefinitionFixture.northshire(temp).set(ITEM + ".purpose", "assurance")
                .remove(ITEM + ".cover.risks").remove(ITEM + ".cover.equality").remove(ITEM + ".cover.finance");
        assertThat(f.validate().findings("MTG-005")).isEmpty();
    }
}
