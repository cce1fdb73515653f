package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureIsValidTest {

    @TempDir
    Path temp;

    @Test
    void northshireLoadsWithoutProblems() {
        var loaded = DefinitionFixture.northshire(temp).load();
        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.definition()).isPresent();
        assertThat(loaded.definition().get().board().members()).hasSize(11);
        assertThat(loaded.files()).hasSize(10);
    }

    @Test
    void northshireBreaksNoRule() {
        var outcome = DefinitionFixture.northshire(temp).validate();
        assertThat(outcome.all()).isEmpty();
        assertThat(outcome.report().justified()).extracting(j -> j.finding().ruleId()).containsExactly("BRD-011");
    }
}
