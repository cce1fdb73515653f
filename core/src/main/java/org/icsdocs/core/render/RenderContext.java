package org.icsdocs.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.incremental.KeptValues;
import org.icsdocs.core.incremental.SourceReads;
import org.icsdocs.core.markdown.MarkdownTrees;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.validate.DefinitionIndex;
import org.icsdocs.core.validate.ValidationReport;

/**
 * Everything a document renderer reads: the validated definition, its justified departures
 * from guidance, the build's date, and the template and Markdown engines. Renderers are pure:
 * the same context gives the same bytes. Files of the definition are read through here, so that
 * each job's {@link #reads()} says what its output depends on.
 */
public record RenderContext(Definition definition, DefinitionIndex index, ValidationReport validation, LocalDate buildDate,
                            TemplateEngine templates, Markdown markdown, Path definitionRoot, SourceReads reads, KeptValues kept) {

    public static RenderContext of(Definition definition, ValidationReport validation, LocalDate buildDate,
                                   TemplateEngine templates, Path definitionRoot) {
        return of(definition, validation, buildDate, templates, definitionRoot, new MarkdownTrees(), KeptValues.none());
    }

    /**
     * @param markdownTrees the build's parsed Markdown, which validation has filled: papers are not parsed again
     * @param kept          values the last build derived and this one may reuse (the decision map's layout)
     */
    public static RenderContext of(Definition definition, ValidationReport validation, LocalDate buildDate,
                                   TemplateEngine templates, Path definitionRoot, MarkdownTrees markdownTrees, KeptValues kept) {
        return new RenderContext(definition, new DefinitionIndex(definition), validation, buildDate, templates, new Markdown(markdownTrees),
                definitionRoot.toAbsolutePath().normalize(), new SourceReads(), kept);
    }

    /** The same context with its own record of files read, for one job of a parallel build. */
    public RenderContext forJob() {
        return new RenderContext(definition, index, validation, buildDate, templates, markdown, definitionRoot, new SourceReads(), kept);
    }

    /**
     * The organisations that exist on the build date, for lists the public reads: an ICB
     * dissolved in a merger stays in the definition for the records that name it, but is no
     * longer listed as a partner.
     */
    public List<Organisation> currentOrganisations() {
        return definition.organisations().stream().filter(o -> o.existsOn(buildDate)).toList();
    }

    /** A Markdown file named in the definition, as safe HTML with its headings pushed down {@code headingShift} levels. */
    public String markdownFile(FileRef file, int headingShift) {
        try {
            return markdown.toHtml(new String(read(file.resolved()), StandardCharsets.UTF_8), headingShift);
        } catch (UncheckedIOException e) {
            throw new RenderException(Location.ofFile(file.declared()), "cannot read " + file.declared(), e.getCause());
        }
    }

    /** A file of the definition, whole. */
    public byte[] read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            reads.read(file, bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file of the definition is there; its absence shapes the output as much as its content. */
    public boolean exists(Path file) {
        reads.used(file);
        return Files.isRegularFile(file);
    }

    /** Notes a file that is read by a library (an attached PDF) rather than through {@link #read}. */
    public Path use(Path file) {
        reads.used(file);
        return file;
    }
}
