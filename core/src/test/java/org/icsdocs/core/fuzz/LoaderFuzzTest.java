package org.icsdocs.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.load.DefinitionLoader;
import org.icsdocs.core.load.LoadResult;

/**
 * Coverage-guided fuzzing of the loader: any bytes as a definition file give findings, never an
 * exception. Runs its seed inputs in every build; {@code JAZZER_FUZZ=1} fuzzes for the duration given.
 */
class LoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveFindingsNotExceptions(byte[] bytes) throws IOException {
        Path folder = Files.createTempDirectory("ics-fuzz");
        try {
            Files.write(folder.resolve("fuzz.yaml"), bytes);
            LoadResult result = new DefinitionLoader().load(folder, folder);
            for (Diagnostic d : result.diagnostics()) {
                assertThat(d.location().file()).isIn("fuzz.yaml", "."); // the folder, for a section no file defines
                assertThat(d.message()).isNotBlank();
            }
        } finally {
            Files.deleteIfExists(folder.resolve("fuzz.yaml"));
            Files.deleteIfExists(folder);
        }
    }
}
