package org.icsdocs.core.render.decisionmap;

import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;

/** A definition fixture rendered as a functions-and-decision map. */
record Rendering(RenderContext context) {

    static Rendering of(DefinitionFixture fixture) {
        Outcome outcome = fixture.validate();
        return new Rendering(RenderContext.of(outcome.load().definition().orElseThrow(), outcome.report(), DefinitionFixture.AS_OF,
                TemplateEngine.builtIn(), fixture.root()));
    }

    RenderedDocument render() {
        return new DecisionMapRenderer().render(context);
    }

    String svg() {
        return new DecisionMapRenderer().standaloneSvg(context);
    }
}
