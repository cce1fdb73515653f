package org.icsdocs.core.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import java.time.ZoneOffset;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.amendment.Amendments;
import org.icsdocs.core.render.amendment.Redline;
import org.icsdocs.core.render.constitution.ConstitutionRenderer;
import org.icsdocs.core.render.constitution.ReviewEdition;
import org.icsdocs.core.validate.ValidationReport;

/**
 * The constitution's editions for the people who prepare and approve it, never for the public
 * website: the review edition (each clause's basis: statute, model text or local choice) and,
 * when the definition names an approved snapshot, the redline against it in HTML, PDF and Word
 * with tracked changes. Written to {@code review/} beside the site folder.
 */
public final class ReviewPublisher {

    private final BuildLog log;

    public ReviewPublisher(BuildLog log) {
        this.log = log;
    }

    public static Path folder(Path siteFolder) {
        return siteFolder.toAbsolutePath().normalize().resolveSibling("review");
    }

    public List<Path> publish(Definition definition, ValidationReport validation, Instant date, Path definitionRoot, List<Path> templateOverrides,
                              Path siteFolder) {
        if (definition.constitution() == null) {
            return List.of();
        }
        TemplateEngine templates = new TemplateEngine(templateOverrides);
        RenderContext context = RenderContext.of(definition, validation, date.atOffset(ZoneOffset.UTC).toLocalDate(), templates, definitionRoot);
        RenderedDocument constitution = new ConstitutionRenderer().render(context);
        DocumentFormats formats = new DocumentFormats(templates, DocumentFormats.pdfEngine(templates));
        DocumentFrame frame = Generator.frame(definition, date);
        Path folder = folder(siteFolder);
        List<Path> written = new ArrayList<>();
        RenderedDocument review = new ReviewEdition().render(context, constitution);
        written.addAll(write(folder, review, formats, frame, false));
        Optional<Redline.Result> redline = new Amendments().redline(context, constitution);
        if (redline.isPresent()) {
            Redline.Result r = redline.get();
            written.addAll(write(folder, r.document(), formats, frame, true));
            log.info("ics: redline of the constitution against the approved snapshot: " + r.summary().size() + " sections changed, "
                    + r.insertions() + " insertions and " + r.deletions() + " deletions, in " + folder);
        }
        return written;
    }

    private static List<Path> write(Path folder, RenderedDocument doc, DocumentFormats formats, DocumentFrame frame, boolean docx) {
        DocumentFrame framed = new DocumentFrame(frame.organisation(), frame.language(), frame.notice(), frame.created(), doc.slug() + ".pdf");
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            out.add(Files.writeString(folder.resolve(doc.slug() + ".html"), formats.page(doc, framed), StandardCharsets.UTF_8));
            out.add(Files.write(folder.resolve(doc.slug() + ".pdf"), formats.pdf(doc, framed)));
            if (docx) {
                out.add(Files.write(folder.resolve(doc.slug() + ".docx"), formats.docx(doc, framed)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
