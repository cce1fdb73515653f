package org.icsdocs.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.IcsException;
import org.icsdocs.core.render.RenderException;

/** What every goal shares: the skip switches, the common parameters, and error translation in one place. */
abstract class AbstractIcsMojo extends AbstractMojo {

    /** Skips every ics goal. */
    @Parameter(property = "ics.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** The folder holding the ICS definition's YAML files. */
    @Parameter(property = "ics.definitionDirectory", defaultValue = "${project.basedir}/src/main/ics", required = true)
    private File definitionDirectory;

    /** Where reports, documents and the site are written. */
    @Parameter(property = "ics.outputDirectory", defaultValue = "${project.build.directory}/ics", required = true)
    private File outputDirectory;

    /** Dates printed in, and judged by, the build: set it for reproducible output. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** The date whose law and organisations validation applies, as YYYY-MM-DD (default: the build date). */
    @Parameter(property = "ics.asAt")
    private String asAt;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGoal()) {
            getLog().info("ics: skipped");
            return;
        }
        try {
            run(new Parameters(basedir, definitionDirectory, outputDirectory, outputTimestamp, System.getenv("SOURCE_DATE_EPOCH"), asAt),
                    new MavenBuildLog(getLog()));
        } catch (IcsException e) {
            throw Failures.of(e);
        } catch (RenderException e) {
            getLog().error(e.location() + ": error: " + e.getMessage());
            throw new MojoFailureException("A document could not be rendered: " + e.getMessage() + " (" + e.location() + ")");
        }
    }

    /** A goal's own skip switch. */
    protected boolean skipGoal() {
        return false;
    }

    protected abstract void run(Parameters parameters, BuildLog log) throws MojoFailureException;
}
