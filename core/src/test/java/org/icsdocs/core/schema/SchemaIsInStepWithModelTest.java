package org.icsdocs.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema is generated from the model. When the model changes, this test fails until
 * the schema is regenerated with {@code mvn -pl core test -Dtest=SchemaIsInStepWithModelTest -Dics.updateSchema=true},
 * which also refreshes the example's copy.
 */
class SchemaIsInStepWithModelTest {

    static final Path SHIPPED = Path.of("src/main/resources/schema/ics-definition.schema.json");
    /** The example's copy, which its YAML files' schema lines and editor settings point at, as ics:init writes one into a project. */
    static final Path EXAMPLE_COPY = Path.of("../example-site/ics-definition.schema.json");

    @Test
    void shippedSchemaMatchesTheModel() throws IOException {
        String generated = DefinitionSchema.generate();
        if (Boolean.getBoolean("ics.updateSchema")) {
            Files.writeString(SHIPPED, generated, StandardCharsets.UTF_8);
            Files.writeString(EXAMPLE_COPY, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SHIPPED))
                .as("the shipped schema is out of step with the model; regenerate it with -Dics.updateSchema=true")
                .isEqualTo(generated);
    }

    @Test
    void theExampleCarriesTheShippedSchema() throws IOException {
        assertThat(Files.readString(EXAMPLE_COPY)).as("example-site/ics-definition.schema.json is the schema ics-core ships; "
                + "regenerate both with -Dics.updateSchema=true").isEqualTo(Files.readString(SHIPPED));
    }
}
