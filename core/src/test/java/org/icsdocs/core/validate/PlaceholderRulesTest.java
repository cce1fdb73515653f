package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.init.Skeletons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** INI-001: a new project's first validation is its to-do list, each item at its file and line. */
class PlaceholderRulesTest {

    private static List<Diagnostic> placeholders(Path project) {
        return Skeletons.validate(project).diagnostics().stream().filter(d -> d.rule().id().equals("INI-001")).toList();
    }

    @Test
    void reportsEachPlaceholderAsAdviceAtItsFileAndLine(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");
        List<String> people = Files.readAllLines(project.resolve("src/main/ics/people.yaml"));
        int chairLine = people.indexOf("    name: \"To complete: the name of the chair\"") + 1;

        Diagnostic chair = placeholders(project).stream().filter(d -> d.message().equals("complete: the name of the chair")).findFirst().orElseThrow();

        assertThat(chairLine).isPositive();
        assertThat(chair.severity()).isEqualTo(Severity.ADVICE);
        assertThat(chair.location().file()).isEqualTo("src/main/ics/people.yaml");
        assertThat(chair.location().line()).isEqualTo(chairLine);
        assertThat(chair.subject()).isEqualTo("chair");
    }

    @Test
    void reportsPlaceholdersInProseAtTheirLine(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");

        assertThat(placeholders(project)).anySatisfy(d -> {
            assertThat(d.location().file()).isEqualTo("src/main/ics/prose/about.md");
            assertThat(d.location().line()).isEqualTo(3);
            assertThat(d.message()).isEqualTo("complete: who the system serves and what it is for.");
        });
    }

    @Test
    void aFilledInValueIsNoLongerReported(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");
        Path people = project.resolve("src/main/ics/people.yaml");
        Files.writeString(people, Files.readString(people).replace("\"To complete: the name of the chair\"", "Ada Byron"));

        assertThat(placeholders(project)).extracting(Diagnostic::message).doesNotContain("complete: the name of the chair")
                .contains("complete: the name of the chief executive");
    }

    @Test
    void theExampleHasNothingLeftToComplete() {
        Path example = Path.of("..", "example-site");
        assertThat(Skeletons.validate(example).diagnostics()).noneMatch(d -> d.rule().id().equals("INI-001"));
    }
}
