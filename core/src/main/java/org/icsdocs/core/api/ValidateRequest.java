package org.icsdocs.core.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * @param projectDir    paths in messages are shown relative to this
 * @param definitionDir the folder of YAML files
 * @param outputDir     where validation.json and validation.sarif go; null writes nothing
 * @param buildDate     the date validation judges "now" by
 */
public record ValidateRequest(Path projectDir, Path definitionDir, Path outputDir, BuildDate buildDate) {

    public ValidateRequest {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(definitionDir, "definitionDir");
        Objects.requireNonNull(buildDate, "buildDate");
    }
}
