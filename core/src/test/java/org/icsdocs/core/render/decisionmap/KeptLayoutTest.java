package org.icsdocs.core.render.decisionmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icsdocs.core.incremental.KeptValues;
import org.icsdocs.core.markdown.MarkdownTrees;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The laid-out chart is kept between builds and reused while the chart is unchanged. */
class KeptLayoutTest {

    @TempDir
    Path temp;

    private String svg(DefinitionFixture fixture, Path site) {
        Outcome outcome = fixture.validate();
        RenderContext context = RenderContext.of(outcome.load().definition().orElseThrow(), outcome.report(), DefinitionFixture.AS_OF,
                TemplateEngine.builtIn(), fixture.root(), new MarkdownTrees(), KeptValues.beside(site, "code", true));
        return new DecisionMapRenderer().svg(context);
    }

    @Test
    void anUnchangedChartIsDrawnFromTheKeptLayoutWithoutLayingItOutAgain() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp.resolve("def"));
        Path site = temp.resolve("ics/site");
        String first = svg(fixture, site);
        Path kept = temp.resolve("ics/.incremental").resolve(DecisionMapRenderer.KEPT_AS);
        String header = Files.readString(kept).substring(0, Files.readString(kept).indexOf('\n') + 1);
        // A marker in place of the drawing shows whether the next build read it or laid the chart out.
        Files.writeString(kept, header + "<svg>kept</svg>", StandardCharsets.UTF_8);

        String second = svg(fixture, site);

        assertThat(first).startsWith("<svg").contains("<title");
        assertThat(second).isEqualTo("<svg>kept</svg>");
    }

    @Test
    void aChartWithARenamedBodyIsLaidOutAfresh() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp.resolve("def"));
        Path site = temp.resolve("ics/site");
        String first = svg(fixture, site);
        String committee = "committees[0].name";
        fixture.set(committee, "Renamed oversight committee");

        String second = svg(fixture, site);

        assertThat(second).contains("Renamed oversight").isNotEqualTo(first);
        assertThat(Files.readString(temp.resolve("ics/.incremental").resolve(DecisionMapRenderer.KEPT_AS))).contains("Renamed oversight");
    }
}
