package org.icsdocs.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema is generated from the model. When the model changes, this test fails until
 * the schema is regenerated with {@code mvn -pl core test -Dtest=SchemaIsInStepWithModelTest -Dics.updateSchema=true}.
 */
class SchemaIsInStepWithModelTest {

    static final Path SHIPPED = Path.of("src/main/resources/schema/ics-definition.schema.json");

    @Test
    void shippedSchemaMatchesTheModel() throws IOException {
        String generated = DefinitionSchema.generate();
        if (Boolean.getBoolean("ics.updateSchema")) {
            Files.writeString(SHIPPED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SHIPPED))
                .as("the shipped schema is out of step with the model; regenerate it with -Dics.updateSchema=true")
                .isEqualTo(generated);
    }
}
