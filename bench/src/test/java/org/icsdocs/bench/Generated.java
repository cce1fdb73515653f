package org.icsdocs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.api.ValidationOutcome;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;

/** Helpers the tests share: validating a generated system, and listing what was written. */
final class Generated {

    /** The build date ics-docs validates against by default (the example's project.build.outputTimestamp). */
    static final BuildDate BUILD_DATE = BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH);

    private Generated() {
    }

    static ValidationOutcome validate(Path out, String icbOdsCode) {
        Path definition = WorkloadGenerator.definitionDir(out, icbOdsCode);
        return new IcsDocs(BuildLog.silent()).validate(new ValidateRequest(definition.getParent().getParent().getParent(), definition, null, BUILD_DATE));
    }

    /** Errors and warnings, one compiler-style line each, for assertion messages. */
    static List<String> errorsAndWarnings(ValidationOutcome outcome) {
        return outcome.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR || d.severity() == Severity.WARNING)
                .map(Diagnostic::toCompilerLine)
                .toList();
    }

    static List<String> advice(ValidationOutcome outcome) {
        return outcome.diagnostics().stream().filter(d -> d.severity() == Severity.ADVICE).map(Diagnostic::toCompilerLine).toList();
    }

    /** Every file below the folder, as paths relative to it with forward slashes, sorted. */
    static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words as a reader counts them, independently of the generator: tokens with a letter or digit. */
    static int words(String markdown) {
        int n = 0;
        for (String token : markdown.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
