package org.icsdocs.core.api;

import org.icsdocs.core.build.BuildLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.LegalRegime;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.generate.Audience;
import org.icsdocs.core.generate.Documents;
import org.icsdocs.core.build.GeneratedFile;
import org.icsdocs.core.generate.Generator;
import org.icsdocs.core.render.boardpack.PackOptions;
import org.icsdocs.core.load.DefinitionLoader;
import org.icsdocs.core.load.LoadResult;
import org.icsdocs.core.markdown.MarkdownTrees;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.output.AtomicFiles;
import org.icsdocs.core.report.CodeQualityReport;
import org.icsdocs.core.report.SarifReport;
import org.icsdocs.core.report.ValidationJsonReport;
import org.icsdocs.core.validate.JustifiedFinding;
import org.icsdocs.core.validate.ValidationContext;
import org.icsdocs.core.validate.ValidationReport;
import org.icsdocs.core.validate.Validator;
import org.icsdocs.core.transition.Change;
import org.icsdocs.core.transition.Transition;
import org.icsdocs.core.transition.TransitionReport;
import org.icsdocs.core.generate.ReviewPublisher;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.amendment.Amendments;
import org.icsdocs.core.render.amendment.ConstitutionSnapshot;
import org.icsdocs.core.render.amendment.SnapshotFiles;
import org.icsdocs.core.render.constitution.ConstitutionRenderer;

/** The one entry point build tools call. Holds no state between calls. */
public final class IcsDocs {

    public static final String VALIDATION_JSON = "validation.json";
    public static final String VALIDATION_SARIF = "validation.sarif";
    /** The findings for GitLab's merge requests (its code quality format). */
    public static final String VALIDATION_CODE_QUALITY = "validation.codequality.json";
    public static final String TRANSITION_JSON = "transition.json";
    public static final String TRANSITION_HTML = "transition.html";

    private final BuildLog log;

    public IcsDocs(BuildLog log) {
        this.log = log;
    }

    /** Loads and validates a definition, logs every finding, and writes the JSON and SARIF reports. */
    public ValidationOutcome validate(ValidateRequest request) {
        return validate(request, new MarkdownTrees());
    }

    /** @param markdownTrees where the papers parsed for their checks are kept, for the build's renderers */
    private ValidationOutcome validate(ValidateRequest request, MarkdownTrees markdownTrees) {
        long started = System.nanoTime();
        Path definitionDir = request.definitionDir().toAbsolutePath().normalize();
        LoadResult loaded = new DefinitionLoader().load(definitionDir, request.projectDir());
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        List<JustifiedFinding> justified = List.of();
        Optional<Definition> definition = Optional.empty();
        boolean rulesRan = false;
        if (!loaded.hasErrors() && loaded.definition().isPresent()) {
            definition = loaded.definition();
            ValidationReport report = Validator.standard()
                    .validate(definition.get(), new ValidationContext(request.asAt(), definitionDir, request.scenario(), markdownTrees));
            diagnostics.addAll(report.diagnostics());
            justified = report.justified();
            rulesRan = true;
        }
        diagnostics.sort(Diagnostic.ORDER);
        ValidationOutcome outcome = new ValidationOutcome(definition, diagnostics, justified, rulesRan,
                loaded.files().size(), Duration.ofNanos(System.nanoTime() - started), request.asAt(), request.scenario());
        print(outcome);
        if (request.outputDir() != null) {
            writeReports(outcome, request.outputDir());
        }
        return outcome;
    }

    /**
     * Validates, then renders every document into a new generation of the site folder. A
     * definition with errors is not published: generation must not print a document that
     * contradicts a statutory rule.
     */
    public GenerateOutcome generate(GenerateRequest request) {
        long started = System.nanoTime();
        Generator generator = new Generator(Documents.standard(), log, new PackOptions(request.duplex(), request.pdf()), request.incremental(),
                Audience.PUBLIC, version());
        Path definitionDir = request.validate().definitionDir().toAbsolutePath().normalize();
        Optional<Generator.UpToDate> same = generator.upToDate(request.validate().buildDate().instant(), definitionDir, request.templateOverrides(),
                request.siteFolder());
        Path membersFolder = Audience.membersFolder(request.siteFolder());
        Optional<Generator.UpToDate> sameForMembers = generator.forAudience(Audience.MEMBERS)
                .upToDate(request.validate().buildDate().instant(), definitionDir, request.templateOverrides(), membersFolder);
        // The last build's findings were judged on the build date under the law in force; another date or a scenario judges afresh.
        boolean lawAsBuilt = request.validate().asAt().equals(request.validate().buildDate().date()) && request.validate().scenario().isEmpty();
        if (lawAsBuilt && same.isPresent() && (sameForMembers.isPresent() || !Files.exists(membersFolder)) && reportsPresent(request.validate().outputDir())) {
            return upToDate(same.get(), sameForMembers.map(Generator.UpToDate::files).orElse(List.of()), request, started);
        }
        // Each Markdown file is parsed once in this build: validation's checks and the renderers share the trees.
        MarkdownTrees markdownTrees = new MarkdownTrees();
        ValidationOutcome validation = validate(request.validate(), markdownTrees);
        if (validation.failsAt(Severity.ERROR) || validation.definition().isEmpty()) {
            log.error("ics: the definition has errors, so no documents were generated; the previous output is unchanged.");
            return new GenerateOutcome(validation, false, List.of(), List.of(), Duration.ofNanos(System.nanoTime() - started));
        }
        ValidationReport report = new ValidationReport(validation.diagnostics(), validation.justified());
        Definition definition = validation.definition().get();
        List<GeneratedFile> files = generator.generate(definition, report, request.validate().buildDate().instant(), definitionDir,
                request.templateOverrides(), request.siteFolder(), markdownTrees);
        List<GeneratedFile> members = List.of();
        boolean privateMeetings = definition.meetings().stream().anyMatch(m -> !m.isPublic() && !m.agenda().isEmpty());
        if (request.pdf() && (privateMeetings || Files.exists(membersFolder))) {
            members = generator.forAudience(Audience.MEMBERS).generate(definition, report, request.validate().buildDate().instant(), definitionDir,
                    request.templateOverrides(), membersFolder, markdownTrees);
        }
        if (request.pdf()) {
            new ReviewPublisher(log).publish(definition, report, request.validate().buildDate().instant(), definitionDir, request.templateOverrides(),
                    request.siteFolder());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        log.info("ics: generated " + files.size() + " files in " + request.siteFolder() + (members.isEmpty() ? ""
                : ", and the packs of meetings held in private, not for publication, in " + membersFolder) + " (" + elapsed.toMillis() + " ms)");
        return new GenerateOutcome(validation, true, files, members, elapsed);
    }

    /**
     * Validates the definition as at its date under the law in force and again on the commencement
     * a scenario assumes, and writes what changes between the two to transition.json and
     * transition.html. Only the second run's findings are printed in full.
     */
    public Transition transition(TransitionRequest request) {
        ValidateRequest base = request.validate();
        ValidationOutcome today = new IcsDocs(BuildLog.silent()).validate(base.asAt(base.asAt(), Optional.empty()));
        if (!today.rulesRan()) {
            print(today);
            throw new IcsException("definitionDirectory", base.definitionDir().toString(),
                    "the definition could not be read, so no transition can be worked out; fix the problems above first");
        }
        ValidationOutcome thenLaw = new IcsDocs(BuildLog.silent()).validate(base.asAt(request.scenario().commencement(), Optional.empty()));
        ValidationOutcome commenced = new IcsDocs(BuildLog.silent())
                .validate(base.asAt(request.scenario().commencement(), Optional.of(request.scenario())));
        Transition transition = Transition.between(request.scenario(), today.asAt(), today.diagnostics(), thenLaw.diagnostics(),
                commenced.diagnostics());
        TransitionReport report = new TransitionReport();
        try {
            AtomicFiles.write(request.outputDir().resolve(TRANSITION_JSON), report.json(transition));
            AtomicFiles.write(request.outputDir().resolve(TRANSITION_HTML), report.html(transition));
        } catch (IOException e) {
            throw new IcsException("outputDirectory", request.outputDir().toString(), "cannot write the transition report: " + e.getMessage(), e);
        }
        for (Change c : transition.byBill()) {
            log.info((c.appears() ? "appears: " : "disappears: ") + c.finding().toCompilerLine() + "\n    affects: " + c.affects()
                    + "\n    change: " + c.action() + "\n    source: " + c.finding().rule().source());
        }
        log.info("ics: today: " + today.summary());
        log.info("ics: with the bill: " + commenced.summary());
        log.info("ics: the bill brings " + transition.appearing() + " findings and takes away " + transition.disappearing() + "; "
                + (transition.changes().size() - transition.byBill().size()) + " more change by that date whatever the bill; see "
                + request.outputDir().resolve(TRANSITION_HTML));
        return transition;
    }

    /**
     * Writes the clauses of the approved constitution as a snapshot, for the project to commit and
     * name in {@code constitution.approved-snapshot}: the next version's redline is made against it.
     * The definition must validate and its constitution must be approved.
     *
     * @param target where to write it; null for {@code constitution/approved-<version>.json} in the definition folder
     * @return the file written
     */
    public Path snapshotConstitution(ValidateRequest request, List<Path> templateOverrides, Path target) {
        ValidationOutcome validation = validate(request);
        if (validation.failsAt(Severity.ERROR) || validation.definition().isEmpty()) {
            throw new IcsException(null, null, "the definition has errors, so no snapshot was written; fix the errors above first", null);
        }
        Definition definition = validation.definition().get();
        Path definitionDir = request.definitionDir().toAbsolutePath().normalize();
        RenderContext context = RenderContext.of(definition, new ValidationReport(validation.diagnostics(), validation.justified()),
                request.buildDate().date(), new TemplateEngine(templateOverrides), definitionDir);
        RenderedDocument constitution = new ConstitutionRenderer().render(context);
        ConstitutionSnapshot snapshot = new Amendments().snapshot(context, constitution, version());
        Path file = target != null ? target : definitionDir.resolve("constitution").resolve("approved-" + snapshot.version() + ".json");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, new SnapshotFiles().write(snapshot));
        } catch (IOException e) {
            throw new IcsException("snapshotFile", file.toString(), "cannot write the constitution snapshot to " + file + ": " + e.getMessage(), e);
        }
        log.info("ics: wrote the snapshot of version " + snapshot.version() + " of the constitution (" + snapshot.clauses().size()
                + " entries) to " + file + "; commit it and name it in constitution.approved-snapshot");
        return file;
    }

    /** Nothing changed since the last build: its findings are printed again, and nothing is validated or rendered. */
    private GenerateOutcome upToDate(Generator.UpToDate same, List<GeneratedFile> members, GenerateRequest request, long started) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        ValidationOutcome validation = new ValidationOutcome(Optional.empty(), same.check().diagnostics(), same.check().justified(), true,
                same.check().files(), elapsed, request.validate().asAt(), request.validate().scenario());
        print(validation);
        log.info("ics: nothing has changed since the last build; the " + same.files().size() + " files in " + request.siteFolder()
                + " are up to date (" + elapsed.toMillis() + " ms)");
        return new GenerateOutcome(validation, true, same.files(), members, elapsed);
    }

    private static boolean reportsPresent(Path outputDir) {
        return outputDir == null
                || (Files.isRegularFile(outputDir.resolve(VALIDATION_JSON)) && Files.isRegularFile(outputDir.resolve(VALIDATION_SARIF))
                        && Files.isRegularFile(outputDir.resolve(VALIDATION_CODE_QUALITY)));
    }

    private void print(ValidationOutcome outcome) {
        for (Diagnostic d : outcome.diagnostics()) {
            String line = d.toCompilerLine() + (d.hint().isEmpty() ? "" : "\n    hint: " + d.hint()) 
                    + (d.rule().regime() == LegalRegime.FORMAT ? "" : "\n    source: " + d.rule().source());
            switch (d.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case ADVICE -> log.info(line);
            }
        }
        if (!outcome.rulesRan()) {
            log.error("The definition could not be read, so the rule checks did not run. Fix the problems above first.");
        }
        log.info("ics: " + outcome.summary() + " (" + outcome.elapsed().toMillis() + " ms)");
    }

    private static void writeReports(ValidationOutcome outcome, Path outputDir) {
        try {
            AtomicFiles.write(outputDir.resolve(VALIDATION_JSON), new ValidationJsonReport().render(outcome.findings()));
            AtomicFiles.write(outputDir.resolve(VALIDATION_SARIF), new SarifReport(version()).render(outcome.findings()));
            AtomicFiles.write(outputDir.resolve(VALIDATION_CODE_QUALITY), new CodeQualityReport().render(outcome.findings()));
        } catch (IOException e) {
            throw new IcsException("outputDirectory", outputDir.toString(), "cannot write the validation reports to " + outputDir + ": " + e.getMessage(), e);
        }
    }

    /** The ics-docs version, as built. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = IcsDocs.class.getResourceAsStream("/org/icsdocs/core/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
