package org.icsdocs.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.validate.DefinitionIndex;
import org.icsdocs.core.validate.ValidationReport;

/**
 * Everything a document renderer reads: the validated definition, its justified departures
 * from guidance, the build's date, and the template and Markdown engines. Renderers are pure:
 * the same context gives the same bytes.
 */
public record RenderContext(Definition definition, DefinitionIndex index, ValidationReport validation, LocalDate buildDate,
                            TemplateEngine templates, Markdown markdown, Path definitionRoot) {

    public static RenderContext of(Definition definition, ValidationReport validation, LocalDate buildDate,
                                   TemplateEngine templates, Path definitionRoot) {
        return new RenderContext(definition, new DefinitionIndex(definition), validation, buildDate, templates, new Markdown(),
                definitionRoot.toAbsolutePath().normalize());
    }

    /** A Markdown file named in the definition, as safe HTML with its headings pushed down {@code headingShift} levels. */
    public String markdownFile(FileRef file, int headingShift) {
        try {
            return markdown.toHtml(Files.readString(file.resolved(), StandardCharsets.UTF_8), headingShift);
        } catch (IOException e) {
            throw new RenderException(Location.ofFile(file.declared()), "cannot read " + file.declared(), e);
        }
    }
}
