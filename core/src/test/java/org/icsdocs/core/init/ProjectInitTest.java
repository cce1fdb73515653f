package org.icsdocs.core.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.icsdocs.core.api.IcsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to ics:init: each a clear error, and nothing half-written. */
class ProjectInitTest {

    private static ProjectInit.Outcome init(Path project, String key, LocalDate asAt) {
        return new ProjectInit(Skeletons.MAP).run(new InitRequest(project, key, asAt, "0.1.0-SNAPSHOT"));
    }

    private static List<String> everything(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void refusesAnUnknownCodeAndSuggestsTheNearest(@TempDir Path project) throws IOException {
        assertThatThrownBy(() -> init(project, "QKSX", Skeletons.AS_AT)).isInstanceOf(IcsException.class)
                .hasMessageContaining("No ICB has the code 'QKSX'").hasMessageContaining("Did you mean 'QKS' (NHS Kent and Medway Integrated Care Board)?");
        assertThat(everything(project)).containsExactly("");
    }

    @Test
    void refusesAnOverlongCodeWithoutEchoingItWhole(@TempDir Path project) {
        String huge = "Q".repeat(100_000);

        assertThatThrownBy(() -> init(project, huge, Skeletons.AS_AT)).isInstanceOf(IcsException.class)
                .hasMessageContaining("No ICB has a code that long").hasMessageNotContaining(huge);
    }

    @Test
    void refusesAnIcbDissolvedBeforeTheDateAndNamesItsSuccessor(@TempDir Path project) throws IOException {
        assertThatThrownBy(() -> init(project, "QXU", Skeletons.AS_AT)).isInstanceOf(IcsException.class)
                .hasMessageContaining("NHS Surrey Heartlands Integrated Care Board (QXU) was dissolved on 31 March 2026")
                .hasMessageContaining("use -Dics.icb=S9B9J");
        assertThat(everything(project)).containsExactly("");
    }

    @Test
    void startsFromAnIcbThatExistedOnAnEarlierDate(@TempDir Path project) {
        ProjectInit.Outcome outcome = init(project, "qxu", LocalDate.of(2026, 3, 31));

        assertThat(outcome.icb().key()).isEqualTo("QXU");
        assertThat(project.resolve("src/main/ics/ics.yaml")).exists();
    }

    @Test
    void refusesAnIcbNotYetEstablishedOnTheDate(@TempDir Path project) {
        assertThatThrownBy(() -> init(project, "S9B9J", LocalDate.of(2026, 3, 31)))
                .hasMessageContaining("was established on 1 April 2026, after the as-at date 2026-03-31");
    }

    @Test
    void refusesToStartWithoutACode(@TempDir Path project) {
        assertThatThrownBy(() -> init(project, " ", Skeletons.AS_AT)).hasMessageContaining("-Dics.icb=<code>");
    }

    @Test
    void neverOverwritesAnExistingDefinition(@TempDir Path project) throws IOException {
        Path ics = Files.createDirectories(project.resolve("src/main/ics")).resolve("ics.yaml");
        Files.writeString(ics, "ics: { id: ours }\n");
        List<String> before = everything(project);

        assertThatThrownBy(() -> init(project, "QKS", Skeletons.AS_AT)).isInstanceOf(IcsException.class)
                .hasMessageContaining("already has a definition folder (src/main/ics)").hasMessageContaining("Nothing was written");
        assertThat(everything(project)).isEqualTo(before);
        assertThat(Files.readString(ics)).isEqualTo("ics: { id: ours }\n");
    }

    @Test
    void neverOverwritesAnExistingPom(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("pom.xml"), "<project/>");

        assertThatThrownBy(() -> init(project, "QKS", Skeletons.AS_AT)).hasMessageContaining("already has a pom.xml");
        assertThat(everything(project)).containsExactly("", "pom.xml");
    }

    @Test
    void keepsOtherFilesAlreadyInTheFolder(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("README.md"), "ours");
        Files.createDirectories(project.resolve("src/main/java"));

        init(project, "QKS", Skeletons.AS_AT);

        assertThat(Files.readString(project.resolve("README.md"))).isEqualTo("ours");
        assertThat(project.resolve("src/main/java")).isDirectory();
        assertThat(project.resolve("src/main/ics/board.yaml")).exists();
        assertThat(everything(project)).noneMatch(p -> p.startsWith(".ics-init-"));
    }

    @Test
    void aFolderThatCannotBeCreatedIsAClearError(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");

        assertThatThrownBy(() -> init(file.resolve("project"), "QKS", Skeletons.AS_AT)).isInstanceOf(IcsException.class)
                .hasMessageContaining("Cannot write the new project into " + file.resolve("project")).hasMessageContaining("Nothing was written");
        assertThat(everything(temp)).containsExactly("", "a-file");
    }

    @Test
    void anUnwritableFolderIsAClearErrorAndLeavesNothing(@TempDir Path temp) throws IOException {
        Path project = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(project), "the tests run as a user who can write anywhere (root)");
            assertThatThrownBy(() -> init(project, "QKS", Skeletons.AS_AT)).isInstanceOf(IcsException.class)
                    .hasMessageContaining("Cannot write the new project into " + project + ": permission denied");
            assertThat(everything(project)).containsExactly("");
        } finally {
            Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
