package org.icsdocs.core.init;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * @param projectDir    the folder the new project is written into (created if missing)
 * @param icbKey        the ICB's key in the reference data: its ODS code, or the project-local key of an ICB without one
 * @param asAt          the day whose map of ICBs applies
 * @param pluginVersion the ics-maven-plugin version the new pom.xml uses
 */
public record InitRequest(Path projectDir, String icbKey, LocalDate asAt, String pluginVersion) {

    public InitRequest {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(asAt, "asAt");
        Objects.requireNonNull(pluginVersion, "pluginVersion");
    }
}
