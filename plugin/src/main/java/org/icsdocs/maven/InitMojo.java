package org.icsdocs.maven;

import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.api.IcsException;
import org.icsdocs.core.api.LawDates;
import org.icsdocs.core.init.InitRequest;
import org.icsdocs.core.init.ProjectInit;
import org.icsdocs.core.reference.IcbMap;

/**
 * Starts a new ICS project in the current folder from the reference data:
 * {@code mvn org.icsdocs:ics-maven-plugin:init -Dics.icb=QKS}. Needs no project; writes
 * {@code pom.xml} and {@code src/main/ics/} and never overwrites either, and the schema, editor
 * settings and CI workflows beside them unless files of those names are there already.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** The ICB: its ODS code (e.g. QKS), or the reference data's key of an ICB established since 2026 without a known code. */
    @Parameter(property = "ics.icb")
    private String icb;

    /** The day whose map of ICBs applies (yyyy-MM-dd); by default the build date, i.e. today unless SOURCE_DATE_EPOCH is set. */
    @Parameter(property = "ics.asAt")
    private String asAt;

    /** The folder to write the project into. */
    @Parameter(property = "ics.initDirectory", defaultValue = "${user.dir}")
    private File directory;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException {
        try {
            LocalDate date = LawDates.asAt(asAt).orElseGet(() -> BuildDate.resolve(null, System.getenv("SOURCE_DATE_EPOCH"), Instant.now()).date());
            ProjectInit.Outcome outcome = new ProjectInit(IcbMap.bundled()).run(new InitRequest(directory.toPath(), icb, date, pluginVersion));
            getLog().info("ics: started the ICS of " + outcome.icbName() + " (" + outcome.icb().key() + ", the map as at " + date + ") in "
                    + outcome.projectDir() + ": " + outcome.files().size() + " files.");
            getLog().info("ics: next, run `mvn ics:validate` there: every advice line is something to complete.");
            getLog().info("ics: editors that use the YAML language server (VS Code with Red Hat's YAML extension) check the files against "
                    + "ics-definition.schema.json as you type; .github/workflows/ics.yml and .gitlab-ci.yml build the project and publish "
                    + "its site with GitHub or GitLab Pages.");
        } catch (IcsException e) {
            throw Failures.of(e);
        }
    }
}
