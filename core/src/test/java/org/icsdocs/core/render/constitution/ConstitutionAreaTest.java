package org.icsdocs.core.render.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.testing.DefinitionFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clause 1.3: the ICB's area as NHS England's statutory list gives it, whole authorities and LSOAs. */
class ConstitutionAreaTest {

    @TempDir
    Path temp;

    @Test
    void aCoterminousAreaIsTheCombinedAreaOfItsAuthoritiesWithNoSuperOutputAreas() {
        Document html = Rendering.parse(Rendering.render(DefinitionFixture.northshire(temp)));
        String area = html.getElementById("area").text();
        assertThat(area).contains("The area of the ICB is the combined area of Northshire County Council and Riverton City Council.");
        assertThat(area).doesNotContain("super output area");
    }

    @Test
    void aDividedAuthorityIsGivenByItsLowerLayerSuperOutputAreasInOrder() {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp)
                .set("ics.partly-in-area", List.of(Map.of("authority", "riverton-council", "lsoas", List.of("E01012346", "E01012345"))));
        Document html = Rendering.parse(Rendering.render(fixture));

        var clauses = html.select("#area > p.clause");
        assertThat(clauses.get(0).text()).isEqualTo("1.3.1 The area of the ICB is the area of Northshire County Council, together with "
                + "the part of the area of Riverton City Council made up of the lower layer super output areas listed in clause 1.3.2.");
        assertThat(clauses.get(1).text()).startsWith("1.3.2 The part of the area of Riverton City Council that is in the ICB's area is made up of "
                + "the following two lower layer super output areas");
        assertThat(html.select("#area ul.lsoa-codes li").eachText()).containsExactly("E01012345", "E01012346");
    }
}
