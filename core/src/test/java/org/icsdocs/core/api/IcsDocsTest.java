package org.icsdocs.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.RecordingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsDocsTest {

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    private ValidationOutcome validate(DefinitionFixture f, Path out) {
        BuildDate date = BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH);
        return new IcsDocs(log).validate(new ValidateRequest(temp, f.root(), out, date));
    }

    @Test
    void printsEachErrorAsACompilerStyleLineRelativeToTheProject() {
        DefinitionFixture f = DefinitionFixture.northshire(temp).remove("committees[id=audit]");
        ValidationOutcome outcome = validate(f, null);
        assertThat(outcome.failsAt(Severity.ERROR)).isTrue();
        assertThat(log.errors()).anySatisfy(line -> assertThat(line).matches("(?s)northshire/board\\.yaml:\\d+:\\d+: error CTE-001: .*\n    hint: .*"));
        assertThat(log.infos().get(log.infos().size() - 1)).startsWith("ics: ").contains("error");
    }

    @Test
    void writesJsonAndSarifReports() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp).remove("committees[id=audit]");
        Path out = temp.resolve("target/ics");
        validate(f, out);
        JsonNode json = new ObjectMapper().readTree(out.resolve("validation.json").toFile());
        assertThat(json.at("/summary/error").asInt()).isPositive();
        assertThat(json.get("findings")).anySatisfy(n -> {
            assertThat(n.get("rule").asText()).isEqualTo("CTE-001");
            assertThat(n.get("file").asText()).isEqualTo("northshire/board.yaml");
            assertThat(n.get("line").asInt()).isPositive();
        });
        assertThat(json.get("justified")).anySatisfy(n -> assertThat(n.get("rule").asText()).isEqualTo("BRD-011"));

        JsonNode sarif = new ObjectMapper().readTree(out.resolve("validation.sarif").toFile());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("ics-docs");
        assertThat(run.get("results")).anySatisfy(r -> {
            assertThat(r.get("ruleId").asText()).isEqualTo("CTE-001");
            assertThat(r.get("level").asText()).isEqualTo("error");
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("northshire/board.yaml");
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
            int index = r.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo("CTE-001");
        });
        assertThat(run.get("results")).anySatisfy(r -> {
            assertThat(r.get("ruleId").asText()).isEqualTo("BRD-011");
            assertThat(r.at("/suppressions/0/justification").asText()).contains("statutory composition");
        });
    }

    @Test
    void reportsAreTheSameForTheSameDefinition() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        validate(f, temp.resolve("a"));
        validate(f, temp.resolve("b"));
        for (String name : List.of(IcsDocs.VALIDATION_JSON, IcsDocs.VALIDATION_SARIF, IcsDocs.VALIDATION_CODE_QUALITY)) {
            assertThat(Files.readAllBytes(temp.resolve("a").resolve(name))).isEqualTo(Files.readAllBytes(temp.resolve("b").resolve(name)));
        }
    }

    /** GitLab's merge request shows each finding at its file and line; a justified departure is not one to fix. */
    @Test
    void writesTheFindingsForGitLabsCodeQualityWidget() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp).remove("committees[id=audit]");
        Path out = temp.resolve("target/ics");
        validate(f, out);
        JsonNode issues = new ObjectMapper().readTree(out.resolve(IcsDocs.VALIDATION_CODE_QUALITY).toFile());
        assertThat(issues).anySatisfy(n -> {
            assertThat(n.get("check_name").asText()).isEqualTo("CTE-001");
            assertThat(n.get("severity").asText()).isEqualTo("major");
            assertThat(n.at("/location/path").asText()).isEqualTo("northshire/board.yaml");
            assertThat(n.at("/location/lines/begin").asInt()).isPositive();
            assertThat(n.get("fingerprint").asText()).hasSize(64);
        });
        assertThat(issues).noneSatisfy(n -> assertThat(n.get("check_name").asText()).isEqualTo("BRD-011"));
        assertThat(issues).extracting(n -> n.get("fingerprint").asText()).doesNotHaveDuplicates();
    }

    @Test
    void skipsTheRulesWhenTheDefinitionCannotBeRead() {
        DefinitionFixture f = DefinitionFixture.northshire(temp).write("broken.yaml", "people: [\n");
        ValidationOutcome outcome = validate(f, null);
        assertThat(outcome.rulesRan()).isFalse();
        assertThat(outcome.diagnostics()).extracting(d -> d.ruleId()).containsOnly("DEF-001");
        assertThat(log.errors()).anySatisfy(line -> assertThat(line).contains("rule checks did not run"));
    }

    @Test
    void reportsAnUnwritableOutputFolderAsARequestProblem() throws IOException {
        Path blocker = Files.writeString(temp.resolve("file-not-folder"), "x");
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        try {
            validate(f, blocker.resolve("ics"));
            throw new AssertionError("expected an IcsException");
        } catch (IcsException e) {
            assertThat(e.parameter()).isEqualTo("outputDirectory");
        }
    }

    @Test
    void aValidDefinitionPassesAtEveryThreshold() {
        ValidationOutcome outcome = validate(DefinitionFixture.northshire(temp), null);
        assertThat(outcome.failsAt(Severity.ADVICE)).isFalse();
        assertThat(outcome.summary()).isEqualTo("0 errors, 0 warnings, 0 advice (1 justified) in 10 files, as at 2026-11-01");
    }
}
