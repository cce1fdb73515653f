package org.icsdocs.core.render.decisionmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the Kent and Medway map to target/decision-map-preview/ as a standalone page and an SVG
 * file, so a person can open it (or screenshot it with a headless browser) and judge it.
 */
class DecisionMapPreviewTest {

    @TempDir
    Path temp;

    @Test
    void writesTheExampleMapForAPersonToLookAt() throws Exception {
        Rendering km = Rendering.of(DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km")));
        RenderedDocument doc = km.render();
        Path out = Path.of("target/decision-map-preview");
        Files.createDirectories(out);
        String css = new String(km.context().templates().asset(DecisionMapRenderer.STYLESHEET), StandardCharsets.UTF_8);
        String page = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"/><title>" + doc.title() + "</title>"
                + "<style>body{font-family:'Liberation Sans',Arial,sans-serif;max-width:1100px;margin:1em auto;padding:0 1em;line-height:1.4}"
                + "span.number,span.clause-number{margin-right:.4em}</style><style>" + css + "</style></head><body><h1>" + doc.title()
                + "</h1><p>" + doc.subtitle() + "</p>" + doc.bodyHtml() + "</body></html>\n";
        Files.writeString(out.resolve("decision-map.html"), page, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("decision-map.svg"), km.svg(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("northshire.svg"), Rendering.of(DefinitionFixture.northshire(temp)).svg(), StandardCharsets.UTF_8);
        assertThat(page).contains("<svg");
    }
}
