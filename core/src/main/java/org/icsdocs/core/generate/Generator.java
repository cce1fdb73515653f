package org.icsdocs.core.generate;

import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icsdocs.core.build.BuildEngine;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.build.GeneratedFile;
import org.icsdocs.core.build.JobGenerator;
import org.icsdocs.core.build.Lazy;
import org.icsdocs.core.incremental.Fingerprints;
import org.icsdocs.core.incremental.IncrementalBuild;
import org.icsdocs.core.incremental.UpToDateCheck;
import org.icsdocs.core.markdown.MarkdownTrees;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.boardpack.BoardPackRenderer;
import org.icsdocs.core.render.boardpack.PackOptions;
import org.icsdocs.core.render.pdf.PdfEngine;
import org.icsdocs.core.site.SiteGenerator;
import org.icsdocs.core.validate.ValidationReport;

/**
 * Generates a validated definition's folder: for the public, every document
 * ({@link DocumentPublisher}), a board pack for each meeting held in public ({@link PackPublisher})
 * and the website that embeds and links them ({@link SiteGenerator}); for the members, the packs of
 * meetings held in private. Each of them declares its jobs to the {@link BuildEngine}, which
 * decides what to reuse from the last build and renders the rest.
 */
public final class Generator {

    private final List<DocumentRenderer> renderers;
    private final BuildLog log;
    private final PackOptions packs;
    private final boolean incremental;
    private final Audience audience;
    private final String toolVersion;

    public Generator(List<DocumentRenderer> renderers, BuildLog log) {
        this(renderers, log, PackOptions.DEFAULT, true, Audience.PUBLIC, "unversioned");
    }

    /**
     * @param packs       how the meetings' board packs are laid out
     * @param incremental reuse what the last build's trace says still holds; false renders everything
     * @param audience    the public site, or the members' folder of packs of meetings held in private
     * @param toolVersion the ics-docs version: a new one renders everything afresh
     */
    public Generator(List<DocumentRenderer> renderers, BuildLog log, PackOptions packs, boolean incremental, Audience audience,
                     String toolVersion) {
        this.renderers = audience == Audience.PUBLIC ? List.copyOf(renderers) : List.of();
        this.log = log;
        this.packs = packs;
        this.incremental = incremental;
        this.audience = audience;
        this.toolVersion = toolVersion;
    }

    /** The same generation for another audience. */
    public Generator forAudience(Audience other) {
        return new Generator(renderers, log, packs, incremental, other, toolVersion);
    }

    /** What a rebuild with nothing changed since the last one can print and return without validating or rendering. */
    public record UpToDate(UpToDateCheck check, List<GeneratedFile> files) {
    }

    /**
     * The last build's findings and files, if not one file it depended on has changed since and
     * its output is all there; empty when something must be validated or rendered.
     */
    public Optional<UpToDate> upToDate(Instant date, Path definitionRoot, List<Path> templateOverrides, Path siteFolder) {
        if (!incremental) {
            return Optional.empty();
        }
        IncrementalBuild build = build(date, definitionRoot, templateOverrides, siteFolder);
        return build.upToDate().map(check -> new UpToDate(check, BuildEngine.previousFiles(build, siteFolder)));
    }

    private IncrementalBuild build(Instant date, Path definitionRoot, List<Path> templateOverrides, Path siteFolder) {
        Fingerprints fingerprints = new Fingerprints(definitionRoot, templateOverrides,
                "date=" + date + ";duplex=" + packs.duplex() + ";pdf=" + packs.pdf() + ";version=" + toolVersion, codeLocations());
        return incremental ? IncrementalBuild.of(siteFolder, fingerprints) : IncrementalBuild.clean(siteFolder, fingerprints);
    }

    public List<GeneratedFile> generate(Definition definition, ValidationReport validation, Instant date, Path definitionRoot,
                                        List<Path> templateOverrides, Path siteFolder) {
        return generate(definition, validation, date, definitionRoot, templateOverrides, siteFolder, new MarkdownTrees());
    }

    /** @param markdownTrees the Markdown validation parsed, for the renderers to read rather than parse again */
    public List<GeneratedFile> generate(Definition definition, ValidationReport validation, Instant date, Path definitionRoot,
                                        List<Path> templateOverrides, Path siteFolder, MarkdownTrees markdownTrees) {
        IncrementalBuild build = build(date, definitionRoot, templateOverrides, siteFolder);
        // Templates, fonts and the context are made only if something is to be rendered.
        Lazy<TemplateEngine> templates = new Lazy<>(() -> new TemplateEngine(templateOverrides));
        Lazy<RenderContext> shared = new Lazy<>(() -> RenderContext.of(definition, validation, date.atOffset(ZoneOffset.UTC).toLocalDate(),
                templates.get(), definitionRoot, markdownTrees, build.keptValues()));
        Lazy<PdfEngine> pdfEngine = new Lazy<>(() -> packs.pdf() ? DocumentFormats.pdfEngine(templates.get()) : null);
        DocumentFrame frame = frame(definition, date);
        List<JobGenerator> generators = new ArrayList<>();
        List<DocumentRenderer> published = renderers.stream().filter(r -> r.publishes(definition)).toList();
        generators.add(new DocumentPublisher(published, () -> new DocumentFormats(templates.get(), pdfEngine.get()), frame, packs.pdf()));
        generators.add(new PackPublisher(new Lazy<>(() -> new BoardPackRenderer(pdfEngine.get(), packs)), definition, audience, frame));
        if (audience == Audience.PUBLIC) {
            generators.add(new SiteGenerator(shared, log));
        }
        String phase = audience == Audience.PUBLIC ? "documents and board packs" : "packs of meetings held in private";
        return new BuildEngine(build, siteFolder, shared, log, phase).build(generators, validation.diagnostics(), validation.justified());
    }

    /** The code and built-in templates that render: a new version of either re-renders everything. */
    private static List<URL> codeLocations() {
        List<URL> code = new ArrayList<>();
        code.add(Generator.class.getProtectionDomain().getCodeSource().getLocation());
        URL templates = TemplateEngine.class.getClassLoader().getResource(TemplateEngine.BUILT_IN);
        if (templates != null) {
            code.add(templates);
        }
        return code;
    }

    static DocumentFrame frame(Definition definition, Instant date) {
        String organisation = definition.organisations().stream()
                .filter(o -> o.id().equals(definition.ics().icb()))
                .map(o -> o.name())
                .findFirst()
                .orElse(definition.ics().name());
        return new DocumentFrame(organisation, "en-GB", definition.ics().illustrativeNotice(), date, null);
    }
}
