package org.icsdocs.core.init;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.icsdocs.core.api.IcsDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A fresh ics:init project as its editor and its CI see it: the schema its files name, and the workflows. */
class ProjectFilesTest {

    @Test
    void everyYamlFileOfAFreshProjectValidatesAgainstTheSchemaItNames(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");

        List<Path> files = yamlFiles(project.resolve("src/main/ics"));
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            String text = Files.readString(file);
            String first = text.lines().findFirst().orElseThrow();
            assertThat(first).as(file.toString()).startsWith("# yaml-language-server: $schema=");
            Path schemaFile = file.getParent().resolve(first.substring(first.indexOf('=') + 1).strip()).normalize();
            assertThat(schemaFile).as(file + " names its schema").isEqualTo(project.resolve(ProjectFiles.SCHEMA));
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(Files.readString(schemaFile), InputFormat.JSON);
            List<Error> errors = schema.validate(text, InputFormat.YAML);
            assertThat(errors).as(file.toString()).isEmpty();
        }
    }

    /** The project's schema is the one the plugin's ics-core ships, so the editor and the build agree. */
    @Test
    void theProjectsSchemaIsTheOneThePluginUses(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");
        try (var shipped = ProjectFiles.class.getResourceAsStream(ProjectFiles.SCHEMA_RESOURCE)) {
            assertThat(Files.readString(project.resolve(ProjectFiles.SCHEMA))).isEqualTo(new String(shipped.readAllBytes(), "UTF-8"));
        }
    }

    @Test
    void vsCodeSettingsApplyTheSchemaToEveryDefinitionFile(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");

        JsonNode settings = new ObjectMapper().readTree(project.resolve(".vscode/settings.json").toFile());
        JsonNode schemas = settings.get("yaml.schemas");
        assertThat(schemas.size()).isEqualTo(1);
        String schemaPath = schemas.fieldNames().next();
        assertThat(project.resolve(schemaPath).normalize()).isEqualTo(project.resolve(ProjectFiles.SCHEMA)).exists();
        // in VS Code's globs "**/" also matches no folder at all; Java's needs one, so it is given both
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + schemas.get(schemaPath).asText().replace("/**/", "{/,/**/}"));
        for (Path file : yamlFiles(project.resolve("src/main/ics"))) {
            assertThat(glob.matches(project.relativize(file))).as(file.toString()).isTrue();
        }
        JsonNode extensions = new ObjectMapper().readTree(project.resolve(".vscode/extensions.json").toFile());
        assertThat(extensions.get("recommendations").toString()).contains("redhat.vscode-yaml");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitHubWorkflowBuildsUploadsTheSarifAndDeploysTheSiteFromMain(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");

        Map<String, Object> workflow = yaml(project.resolve(".github/workflows/ics.yml"));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        Map<String, Object> build = (Map<String, Object>) jobs.get("build");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) build.get("steps");
        assertThat(steps).extracting(s -> String.valueOf(s.get("uses"))).anyMatch(u -> u.startsWith("actions/checkout@"));
        Map<String, Object> java = step(steps, "actions/setup-java@");
        assertThat(((Map<String, Object>) java.get("with")).get("java-version")).isEqualTo("17");
        assertThat(steps).extracting(s -> String.valueOf(s.get("run"))).anyMatch(r -> r.contains("mvn -B verify"));
        Map<String, Object> sarif = step(steps, "github/codeql-action/upload-sarif@");
        assertThat(((Map<String, Object>) sarif.get("with")).get("sarif_file")).isEqualTo("target/ics/" + IcsDocs.VALIDATION_SARIF);
        assertThat(String.valueOf(sarif.get("if"))).as("findings are uploaded when validation fails too").contains("always()");
        assertThat(sarif.get("continue-on-error")).as("a repository without code scanning still publishes its site").isEqualTo(true);
        assertThat((Map<String, Object>) build.get("permissions")).containsEntry("security-events", "write");
        Map<String, Object> pages = step(steps, "actions/upload-pages-artifact@");
        assertThat(((Map<String, Object>) pages.get("with")).get("path")).isEqualTo("target/ics/site");
        assertThat(String.valueOf(pages.get("if"))).contains("refs/heads/main");

        Map<String, Object> deploy = (Map<String, Object>) jobs.get("deploy");
        assertThat(deploy.get("needs")).isEqualTo("build");
        assertThat(String.valueOf(deploy.get("if"))).contains("refs/heads/main");
        assertThat((Map<String, Object>) deploy.get("permissions")).containsEntry("pages", "write").containsEntry("id-token", "write");
        step((List<Map<String, Object>>) deploy.get("steps"), "actions/deploy-pages@");
        assertThat(((Map<String, Object>) workflow.get("on")).keySet()).contains("push", "pull_request");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitLabPipelineBuildsReportsTheFindingsAndPublishesTheSiteAsPublic(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");

        Map<String, Object> ci = yaml(project.resolve(".gitlab-ci.yml"));
        Map<String, Object> build = (Map<String, Object>) ci.get("build");
        assertThat(String.valueOf(build.get("image"))).contains("17");
        assertThat((List<String>) build.get("script")).anyMatch(s -> s.contains("mvn -B verify"));
        Map<String, Object> artifacts = (Map<String, Object>) build.get("artifacts");
        assertThat(artifacts.get("when")).isEqualTo("always");
        assertThat((List<String>) artifacts.get("paths")).contains("target/ics/" + IcsDocs.VALIDATION_SARIF, "target/ics/site");
        assertThat((Map<String, Object>) artifacts.get("reports")).containsEntry("codequality", "target/ics/" + IcsDocs.VALIDATION_CODE_QUALITY);

        Map<String, Object> pages = (Map<String, Object>) ci.get("pages");
        assertThat((List<String>) pages.get("script")).anyMatch(s -> s.contains("target/ics/site") && s.contains("public"));
        assertThat((List<String>) ((Map<String, Object>) pages.get("artifacts")).get("paths")).containsExactly("public");
        assertThat(String.valueOf(pages.get("rules"))).contains("CI_DEFAULT_BRANCH");
    }

    @Test
    void aWorkflowAlreadyInTheFolderIsKept(@TempDir Path project) throws IOException {
        Path ours = Files.createDirectories(project.resolve(".github/workflows")).resolve("ics.yml");
        Files.writeString(ours, "name: ours\n");

        ProjectInit.Outcome outcome = Skeletons.init(project, "QKS");

        assertThat(Files.readString(ours)).isEqualTo("name: ours\n");
        assertThat(outcome.files()).doesNotContain(".github/workflows/ics.yml").contains(".gitlab-ci.yml", ProjectFiles.SCHEMA);
        assertThat(project.resolve(".gitlab-ci.yml")).exists();
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
        return steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith(uses)).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
