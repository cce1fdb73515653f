package org.icsdocs.core.render.boardpack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsdocs.core.load.DefinitionLoader;
import org.icsdocs.core.load.LoadResult;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.pdf.PdfEngine;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.validate.ValidationContext;
import org.icsdocs.core.validate.ValidationReport;
import org.icsdocs.core.validate.Validator;

/** Renders board packs for tests: from a definition folder, with the built-in templates and one shared PDF engine. */
final class PackRendering {

    static final Path EXAMPLE = Path.of("../example-site/src/main/ics");
    static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
    static final TemplateEngine TEMPLATES = TemplateEngine.builtIn();
    static final PdfEngine ENGINE = DocumentFormats.pdfEngine(TEMPLATES);

    private PackRendering() {
    }

    static RenderContext context(Path root) {
        LoadResult loaded = new DefinitionLoader().load(root, root);
        if (loaded.definition().isEmpty()) {
            throw new AssertionError("did not load: " + loaded.diagnostics());
        }
        Definition d = loaded.definition().get();
        ValidationReport report = Validator.standard().validate(d, new ValidationContext(DefinitionFixture.AS_OF, root));
        return RenderContext.of(d, report, DefinitionFixture.AS_OF, TEMPLATES, root);
    }

    static Meeting meeting(RenderContext context, String id) {
        return context.index().meeting(id).orElseThrow(() -> new AssertionError("no meeting " + id));
    }

    static BoardPack render(RenderContext context, String meetingId, PackOptions options) {
        return new BoardPackRenderer(ENGINE, options).render(context, meeting(context, meetingId), CREATED, "en-GB");
    }

    /** Keeps a pack for people to look at: pdftoppm -png target/test-output/packs/x.pdf. */
    static void keep(BoardPack pack, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/test-output/packs"));
            Files.write(dir.resolve(name + ".pdf"), pack.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, in reading order; index 0 is page 1. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
