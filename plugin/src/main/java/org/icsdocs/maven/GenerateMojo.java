package org.icsdocs.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.GenerateOutcome;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.diagnostic.Severity;

/**
 * Validates the definition, then writes the documents (constitution, functions-and-decision map…)
 * as web pages and accessible PDFs under {@code target/ics/site/}. The folder is replaced whole
 * at the end, so a failed build leaves the previous output as it was.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractIcsMojo {

    /** The least severe finding that fails the build: error, warning or advice. */
    @Parameter(property = "ics.failOn", defaultValue = "error")
    private String failOn;

    /** Templates and assets here replace the built-in ones with the same relative path. */
    @Parameter(property = "ics.templateDirectory", defaultValue = "${project.basedir}/src/main/ics-templates")
    private File templateDirectory;

    /** Starts each paper of a board pack on a right-hand page, for printing on both sides. */
    @Parameter(property = "ics.duplex", defaultValue = "false")
    private boolean duplex;

    /**
     * Reuses what the last build rendered wherever its inputs (definition, papers, templates, ics-docs
     * version) are unchanged; false renders everything. The record of the last build is kept under
     * the output directory, in .incremental/.
     */
    @Parameter(property = "ics.incremental", defaultValue = "true")
    private boolean incremental;

    /** Lays out the PDFs; false writes the website and HTML documents only, for a quick look while drafting. */
    @Parameter(property = "ics.pdf", defaultValue = "true")
    private boolean pdf;

    /** Skips this goal only. */
    @Parameter(property = "ics.generate.skip", defaultValue = "false")
    private boolean skipGenerate;

    @Override
    protected boolean skipGoal() {
        return skipGenerate;
    }

    @Override
    protected void run(Parameters parameters, BuildLog log) throws MojoFailureException {
        Severity threshold = Parameters.failOn(failOn);
        GenerateOutcome outcome = new IcsDocs(log).generate(parameters.generateRequest(List.of(templateDirectory.toPath()), duplex, incremental, pdf));
        if (outcome.validation().failsAt(threshold)) {
            throw new MojoFailureException("The ICS definition has " + outcome.validation().summary()
                    + "; findings of severity '" + threshold.label() + "' or worse fail the build (ics.failOn). See the lines above.");
        }
    }
}
