package org.icsdocs.core.generate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.time.Instant;
import java.time.ZoneOffset;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.output.OutputTree;
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
import org.icsdocs.core.work.Workers;

/**
 * The constitution's editions for the people who prepare and approve it, never for the public
 * website: the review edition (each clause's basis: statute, model text or local choice) and,
 * when the definition names an approved snapshot, the redline against it in HTML, PDF and Word
 * with tracked changes. Written to {@code review/} beside the site folder. The site and its
 * documents carry the constitution in force ({@link org.icsdocs.core.render.amendment.InForceConstitution});
 * a version awaiting approval is published here only.
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
        List<Edition> editions = new ArrayList<>();
        if (definition.constitution().status() != org.icsdocs.core.model.ConstitutionStatus.APPROVED) {
            // The version awaiting approval, clean, for the application to vary; the site carries the version in force.
            editions.add(new Edition(new RenderedDocument(constitution.slug() + "-draft", constitution.title(), constitution.subtitle(),
                    constitution.bodyHtml(), constitution.contents(), constitution.stylesheets(), constitution.attachments()), true));
        }
        editions.add(new Edition(new ReviewEdition().render(context, constitution), false));
        Optional<Redline.Result> redline = new Amendments().redline(context, constitution);
        redline.ifPresent(r -> editions.add(new Edition(r.document(), true)));
        // Each edition is laid out on its own core: they come after the site and were a build's serial tail.
        List<SortedMap<String, byte[]>> files = Workers.inOrder(editions, e -> files(e, formats, frame));
        List<Path> written = new ArrayList<>();
        // Staged beside review/ and swapped in whole, as the site folder is: a killed build never leaves it mixed.
        try (OutputTree tree = OutputTree.begin(folder)) {
            for (SortedMap<String, byte[]> edition : files) {
                edition.forEach((name, bytes) -> {
                    tree.write(name, bytes);
                    written.add(folder.resolve(name));
                });
            }
            redline.ifPresent(r -> log.info("ics: redline of the constitution against the approved snapshot: " + r.summary().size()
                    + " sections changed, " + r.insertions() + " insertions and " + r.deletions() + " deletions, in " + folder));
            tree.commit();
        }
        return written;
    }

    /** A document for the review folder, and whether reviewers also get it as a Word file. */
    private record Edition(RenderedDocument document, boolean docx) {
    }

    /** An edition's files by name, in the order they have always been written: HTML, PDF, Word. */
    private static SortedMap<String, byte[]> files(Edition edition, DocumentFormats formats, DocumentFrame frame) {
        RenderedDocument doc = edition.document();
        DocumentFrame framed = new DocumentFrame(frame.organisation(), frame.language(), frame.notice(), frame.created(), doc.slug() + ".pdf");
        SortedMap<String, byte[]> out = new java.util.TreeMap<>(java.util.Comparator.comparingInt(ReviewPublisher::order));
        out.put(doc.slug() + ".html", formats.page(doc, framed).getBytes(StandardCharsets.UTF_8));
        out.put(doc.slug() + ".pdf", formats.pdf(doc, framed));
        if (edition.docx()) {
            out.put(doc.slug() + ".docx", formats.docx(doc, framed));
        }
        return out;
    }

    private static int order(String name) {
        return name.endsWith(".html") ? 0 : name.endsWith(".pdf") ? 1 : 2;
    }
}
