package org.icsdocs.core.api;

import java.nio.file.Path;
import java.util.Objects;
import org.icsdocs.core.diagnostic.Scenario;

/**
 * @param validate  the definition, validated as at its date under the law in force
 * @param scenario  the bill and the commencement date assumed
 * @param outputDir where transition.json and transition.html go
 */
public record TransitionRequest(ValidateRequest validate, Scenario scenario, Path outputDir) {

    public TransitionRequest {
        Objects.requireNonNull(validate, "validate");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(outputDir, "outputDir");
    }
}
