package org.icsdocs.core.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.icsdocs.core.diagnostic.Scenario;

/**
 * @param projectDir    paths in messages are shown relative to this
 * @param definitionDir the folder of YAML files
 * @param outputDir     where validation.json and validation.sarif go; null writes nothing
 * @param buildDate     the date the build prints and judges staleness by
 * @param asAt          the date whose law and organisations validation applies (default: the build date)
 * @param scenario      a bill assumed to commence on a date, or empty for the law in force
 */
public record ValidateRequest(Path projectDir, Path definitionDir, Path outputDir, BuildDate buildDate, LocalDate asAt,
                              Optional<Scenario> scenario) {

    public ValidateRequest {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(definitionDir, "definitionDir");
        Objects.requireNonNull(buildDate, "buildDate");
        asAt = asAt == null ? buildDate.date() : asAt;
        scenario = scenario == null ? Optional.empty() : scenario;
    }

    /** Validation as at the build date, under the law in force. */
    public ValidateRequest(Path projectDir, Path definitionDir, Path outputDir, BuildDate buildDate) {
        this(projectDir, definitionDir, outputDir, buildDate, null, Optional.empty());
    }

    public ValidateRequest asAt(LocalDate date, Optional<Scenario> assumed) {
        return new ValidateRequest(projectDir, definitionDir, outputDir, buildDate, date, assumed);
    }
}
