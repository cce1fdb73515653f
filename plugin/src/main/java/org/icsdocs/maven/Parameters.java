package org.icsdocs.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsException;
import org.icsdocs.core.api.LawDates;
import org.icsdocs.core.api.TransitionRequest;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.diagnostic.Severity;

/** Turns the goals' parameters into core requests. The only place that knows both vocabularies. */
record Parameters(File basedir, File definitionDirectory, File outputDirectory, String outputTimestamp, String sourceDateEpoch, String asAt) {

    ValidateRequest validateRequest() {
        return new ValidateRequest(path(basedir), path(definitionDirectory), path(outputDirectory), buildDate(),
                LawDates.asAt(asAt).orElse(null), Optional.empty());
    }

    TransitionRequest transitionRequest(String scenario, String commencement) {
        return new TransitionRequest(validateRequest(), LawDates.scenario(scenario, commencement), path(outputDirectory));
    }

    GenerateRequest generateRequest(List<Path> templateOverrides, boolean duplex, boolean incremental, boolean pdf) {
        return new GenerateRequest(validateRequest(), templateOverrides.stream().map(p -> p.toAbsolutePath().normalize()).toList(),
                path(outputDirectory).resolve("site"), duplex, incremental, pdf);
    }

    BuildDate buildDate() {
        return BuildDate.resolve(outputTimestamp, sourceDateEpoch, Instant.now());
    }

    static Severity failOn(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IcsException("failOn", value, e.getMessage(), e);
        }
    }

    private static Path path(File f) {
        return f.toPath().toAbsolutePath().normalize();
    }
}
