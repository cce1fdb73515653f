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
                "2026-11-01T00:00:00Z", null, null);
        var request = p.validateRequest();
        assertThat(request.definitionDir()).isAbsolute().endsWithRaw(java.nio.file.Path.of("project/src/main/ics"));
        assertThat(request.outputDir()).isAbsolute().endsWithRaw(java.nio.file.Path.of("project/target/ics"));
        assertThat(request.buildDate().date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(request.asAt()).as("as at the build date by default").isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void validatesAsAtTheDateGiven() {
        Parameters p = new Parameters(new File("."), new File("."), new File("."), "2026-11-01T00:00:00Z", null, "2026-03-31");
        assertThat(p.validateRequest().asAt()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void wordsAMalformedAsAtDateInPomTerms() {
        Parameters p = new Parameters(new File("."), new File("."), new File("."), "2026-11-01T00:00:00Z", null, "1 April 2026");
        assertThatThrownBy(p::validateRequest).isInstanceOfSatisfying(IcsException.class, e ->
                assertThat(Failures.of(e).getMessage()).startsWith("<asAt> (ics.asAt) '1 April 2026' is not a date"));
    }

    @Test
    void refusesAnUnknownScenarioAndACommencementBeforeTheBill() {
        Parameters p = new Parameters(new File("."), new File("."), new File("."), "2026-11-01T00:00:00Z", null, null);
        assertThatThrownBy(() -> p.transitionRequest("health-bill-2031", "2027-04-01")).isInstanceOfSatisfying(IcsException.class, e ->
                assertThat(Failures.of(e).getMessage()).contains("<scenario>").contains("known: health-bill-2026"));
        assertThatThrownBy(() -> p.transitionRequest("health-bill-2026", "2026-05-01")).isInstanceOfSatisfying(IcsException.class, e ->
                assertThat(Failures.of(e).getMessage()).contains("<commencement>").contains("introduced on 2026-05-14"));
        assertThatThrownBy(() -> p.transitionRequest("health-bill-2026", "2027-13-01")).isInstanceOfSatisfying(IcsException.class, e ->
                assertThat(Failures.of(e).getMessage()).contains("<commencement>").contains("is not a date"));
        assertThat(p.transitionRequest("health-bill-2026", "2027-04-01").scenario().commencement()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void usesSourceDateEpochWhenTheProjectSetsNoTimestamp() {
        Parameters p = new Parameters(new File("."), new File("."), new File("."), null, "1761955200", null);
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
