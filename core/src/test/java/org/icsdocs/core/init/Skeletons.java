package org.icsdocs.core.init;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.api.ValidationOutcome;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.reference.IcbMap;

/** Helpers the skeleton's tests share: writing a new project and validating it as a user's build would. */
public final class Skeletons {

    public static final LocalDate AS_AT = LocalDate.of(2026, 11, 1);
    public static final BuildDate BUILD_DATE = BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH);
    static final IcbMap MAP = IcbMap.bundled();

    private Skeletons() {
    }

    public static ProjectInit.Outcome init(Path project, String icbKey) {
        return new ProjectInit(MAP).run(new InitRequest(project, icbKey, AS_AT, "0.1.0-SNAPSHOT"));
    }

    public static ValidationOutcome validate(Path project) {
        return new IcsDocs(BuildLog.silent()).validate(new ValidateRequest(project, project.resolve("src/main/ics"), null, BUILD_DATE));
    }

    static List<String> lines(ValidationOutcome outcome, Severity severity) {
        return outcome.diagnostics().stream().filter(d -> d.severity() == severity).map(Diagnostic::toCompilerLine).toList();
    }
}
