package org.icsdocs.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a user's editor does with the shipped schema: valid files pass, typos are flagged. */
class SchemaAcceptsDefinitionsTest {

    private final Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(read(SchemaIsInStepWithModelTest.SHIPPED), InputFormat.JSON);

    @Test
    void acceptsEveryFileOfTheFixtureAndTheExample() throws IOException {
        List<Path> files = yamlFiles(Path.of("src/test/resources/fixtures/northshire"));
        files = Stream.concat(files.stream(), yamlFiles(Path.of("../example-site/src/main/ics")).stream()).toList();
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            List<Error> errors = schema.validate(read(file), InputFormat.YAML);
            assertThat(errors).as(file.toString()).isEmpty();
        }
    }

    /** As in a project ics:init writes: the schema line names the copy at the project's root, never a path into this repository's code. */
    @Test
    void everyExampleFilePointsItsEditorAtTheExamplesCopyOfTheShippedSchema() throws IOException {
        Path copy = SchemaIsInStepWithModelTest.EXAMPLE_COPY.toRealPath();
        for (Path file : yamlFiles(Path.of("../example-site/src/main/ics"))) {
            String first = read(file).lines().findFirst().orElse("");
            assertThat(first).as(file.toString()).startsWith("# yaml-language-server: $schema=").doesNotContain("core/src");
            Path target = file.getParent().resolve(first.substring(first.indexOf('=') + 1).trim());
            assertThat(target).as(file + " names a schema that does not exist").exists();
            assertThat(target.toRealPath()).isEqualTo(copy);
        }
        assertThat(read(copy)).isEqualTo(read(SchemaIsInStepWithModelTest.SHIPPED));
    }

    /** An editor's hover says what every key is for; an enumeration lists its values (completion offers them). */
    @Test
    void everyKeyCarriesADescriptionAndEveryEnumerationItsValues() throws IOException {
        JsonNode root = new ObjectMapper().readTree(read(SchemaIsInStepWithModelTest.SHIPPED));
        List<String> undescribed = new ArrayList<>();
        List<JsonNode> objects = new ArrayList<>(List.of(root));
        root.get("definitions").forEach(objects::add);
        int keys = 0;
        for (JsonNode object : objects) {
            for (var property : (Iterable<Map.Entry<String, JsonNode>>) () -> object.path("properties").fields()) {
                keys++;
                JsonNode p = property.getValue();
                boolean described = p.has("description") || StreamSupport.stream(p.path("allOf").spliterator(), false).anyMatch(a -> a.has("description"));
                if (!described) {
                    undescribed.add(property.getKey());
                }
                JsonNode values = p.has("enum") ? p.get("enum") : p.path("items").path("enum");
                assertThat(values.isMissingNode() || values.size() > 0).as(property.getKey()).isTrue();
            }
        }
        assertThat(keys).isGreaterThan(300);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void flagsAMisspeltKey() {
        List<Error> errors = schema.validate("committees:\n  - id: audit\n    name: Audit\n    kind: audit\n    chiar: x\n", InputFormat.YAML);
        assertThat(errors).extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains("chiar"));
    }

    @Test
    void flagsAValueOutsideAnEnumeration() {
        List<Error> errors = schema.validate("places:\n  - id: p\n    name: P\n    governance:\n      model: committee\n", InputFormat.YAML);
        assertThat(errors).isNotEmpty();
    }

    @Test
    void flagsAMissingRequiredKey() {
        List<Error> errors = schema.validate("people:\n  - name: No Id\n", InputFormat.YAML);
        assertThat(errors).extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains("id"));
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
