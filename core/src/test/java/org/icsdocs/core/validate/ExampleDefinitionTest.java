package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.load.DefinitionLoader;
import org.icsdocs.core.load.LoadResult;
import org.junit.jupiter.api.Test;

/** Kent and Medway, the example the project ships, meets every rule in force on its build date. */
class ExampleDefinitionTest {

    private static final Path EXAMPLE = Path.of("../example-site/src/main/ics").toAbsolutePath().normalize();
    /** The example's build date (project.build.outputTimestamp). */
    private static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 1);

    @Test
    void kentAndMedwayHasNoErrorsOrWarnings() {
        LoadResult loaded = new DefinitionLoader().load(EXAMPLE, EXAMPLE);
        assertThat(loaded.diagnostics()).isEmpty();
        ValidationReport report = Validator.standard().validate(loaded.definition().orElseThrow(), new ValidationContext(BUILD_DATE, EXAMPLE));
        assertThat(report.diagnostics()).filteredOn(d -> d.severity().atLeast(Severity.WARNING))
                .extracting(Diagnostic::toCompilerLine).isEmpty();
    }
}
