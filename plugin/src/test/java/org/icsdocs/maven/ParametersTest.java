package org.icsdocs.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoExecutionException;
import org.icsdocs.core.api.IcsException;
import org.icsdocs.core.diagnostic.Severity;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void mapsTheGoalParametersToAValidateRequest() {
        Parameters p = new Parameters(new File("project"), new File("project/src/main/ics"), new File("project/target/ics"),
                "2026-11-01T00:00:00Z", null);
        var request = p.validateRequest();
        assertThat(request.definitionDir()).isAbsolute().endsWithRaw(java.nio.file.Path.of("project/src/main/ics"));
        assertThat(request.outputDir()).isAbsolute().endsWithRaw(java.nio.file.Path.of("project/target/ics"));
        assertThat(request.buildDate().date()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void usesSourceDateEpochWhenTheProjectSetsNoTimestamp() {
        Parameters p = new Parameters(new File("."), new File("."), new File("."), null, "1761955200");
        assertThat(p.buildDate().source()).isEqualTo("SOURCE_DATE_EPOCH");
    }

    @Test
    void readsFailOnCaseInsensitively() {
        assertThat(Parameters.failOn("Warning")).isEqualTo(Severity.WARNING);
        assertThat(Parameters.failOn("advice")).isEqualTo(Severity.ADVICE);
    }

    @Test
    void wordsABadFailOnInPomTerms() {
        assertThatThrownBy(() -> Parameters.failOn("sometimes")).isInstanceOfSatisfying(IcsException.class, e -> {
            MojoExecutionException m = Failures.of(e);
            assertThat(m.getMessage()).isEqualTo("<failOn> (ics.failOn) 'sometimes' is not a severity; use error, warning or advice");
        });
    }
}
