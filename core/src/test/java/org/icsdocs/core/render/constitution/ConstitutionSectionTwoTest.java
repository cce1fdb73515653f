package org.icsdocs.core.render.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.icsdocs.core.testing.DefinitionFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section 2 has the model constitution's subsections; the board's members are described in 2.2. */
class ConstitutionSectionTwoTest {

    @TempDir
    Path temp;

    @Test
    void sectionTwoHasTheModelsThreeSubsectionsInOrder() {
        Document html = Rendering.parse(Rendering.render(DefinitionFixture.northshire(temp)));
        assertThat(html.select("#composition > section.numbered > h3").eachText())
                .containsExactly("2.1 Background", "2.2 Board membership", "2.3 Deputy chair and senior independent member");
    }

    @Test
    void partnerExecutiveAndOtherMembersAreClausesOfBoardMembership() {
        Document html = Rendering.parse(Rendering.render(DefinitionFixture.northshire(temp)));
        Element membership = html.getElementById("board-membership");
        assertThat(membership.getElementById("partner-members").text()).startsWith("2.2.").contains("nominated jointly");
        assertThat(membership.getElementById("executive-members").text()).contains("accountable officer");
        assertThat(membership.select("p.clause").eachText()).anySatisfy(c -> assertThat(c).contains("as participants or observers"));
        assertThat(html.select("#composition h3").eachText()).noneMatch(h -> h.contains("Partner members") || h.contains("Other members"));
    }

    @Test
    void aClauseMovedIntoBoardMembershipKeepsTheBasisOfWhatItSays() {
        Map<String, ReviewEdition.Basis> bases = Map.of(
                "board-membership", new ReviewEdition.Basis("local", "The ICB's choice of board"),
                "partner-members", new ReviewEdition.Basis("statute", "NHS Act 2006 Sch. 1B para 8"));
        Element section = Jsoup.parseBodyFragment("<section id=\"board-membership\"><p class=\"clause\" data-basis=\"partner-members\">x</p>"
                + "<p class=\"clause\">y</p></section>").getElementById("board-membership");
        assertThat(ReviewEdition.basisOf(section.child(0), bases).basis()).isEqualTo("statute");
        assertThat(ReviewEdition.basisOf(section.child(1), bases).basis()).isEqualTo("local");
    }
}
