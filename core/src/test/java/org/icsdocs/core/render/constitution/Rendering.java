package org.icsdocs.core.render.constitution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Renders a test definition's constitution and parses it, for assertions on what a reader sees. */
final class Rendering {

    /** The real example, NHS Kent and Medway, as the example site builds it. */
    static final Path KENT_AND_MEDWAY = Path.of("../example-site/src/main/ics");

    private Rendering() {
    }

    static RenderedDocument render(DefinitionFixture fixture) {
        return render(fixture, TemplateEngine.builtIn());
    }

    static RenderedDocument render(DefinitionFixture fixture, TemplateEngine templates) {
        Outcome outcome = fixture.validate();
        RenderContext context = RenderContext.of(outcome.load().definition().orElseThrow(), outcome.report(),
                DefinitionFixture.AS_OF, templates, fixture.root());
        return new ConstitutionRenderer().render(context);
    }

    static Document parse(RenderedDocument document) {
        return Jsoup.parseBodyFragment(document.bodyHtml());
    }

    /** A standalone page around the fragment, with the stylesheet inlined, to look at in a browser. */
    static void writePreview(RenderedDocument document, Path file) {
        TemplateEngine templates = TemplateEngine.builtIn();
        StringBuilder css = new StringBuilder();
        for (String sheet : List.of("documents/document.css", ConstitutionRenderer.STYLESHEET)) {
            templates.findAsset(sheet).ifPresent(bytes -> css.append(new String(bytes, StandardCharsets.UTF_8)));
        }
        String page = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + document.title() + "</title><style>"
                + "body{font-family:'Liberation Sans',Arial,sans-serif;max-width:52em;margin:2em auto;line-height:1.45;color:#212b32}"
                + css + "</style></head><body><h1>" + document.title() + "</h1><p class=\"subtitle\">" + document.subtitle() + "</p>"
                + document.bodyHtml() + "</body></html>";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
