package org.icsdocs.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.IcsDocs;

/**
 * Writes the clauses of the approved constitution to a snapshot file
 * ({@code constitution/approved-<version>.json} in the definition folder unless
 * {@code ics.snapshotFile} says otherwise). Commit it and name it in
 * {@code constitution.approved-snapshot}: later builds compare the constitution with it and write
 * the redline for the application to vary, in HTML, PDF and Word with tracked changes.
 */
@Mojo(name = "snapshot", threadSafe = true)
public class SnapshotMojo extends AbstractIcsMojo {

    /** Templates and assets here replace the built-in ones with the same relative path. */
    @Parameter(property = "ics.templateDirectory", defaultValue = "${project.basedir}/src/main/ics-templates")
    private File templateDirectory;

    /** Where to write the snapshot; by default constitution/approved-&lt;version&gt;.json in the definition folder. */
    @Parameter(property = "ics.snapshotFile")
    private File snapshotFile;

    @Override
    protected void run(Parameters parameters, BuildLog log) {
        new IcsDocs(log).snapshotConstitution(parameters.validateRequest(), List.of(templateDirectory.toPath().toAbsolutePath().normalize()),
                snapshotFile == null ? null : snapshotFile.toPath().toAbsolutePath().normalize());
    }
}
