package org.icsdocs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadIsReproducibleTest {

    private static final Options SMALL = Options.defaults(2, 1).withCommitteeMeetings(6);

    @Test
    void sameSeedGivesByteIdenticalOutput(@TempDir Path first, @TempDir Path second) throws IOException {
        new WorkloadGenerator(2026, SMALL).write(first);
        new WorkloadGenerator(2026, SMALL).write(second);

        List<String> files = Generated.files(first);
        assertThat(files).hasSizeGreaterThan(100).isEqualTo(Generated.files(second));
        for (String file : files) {
            assertThat(Arrays.equals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file))))
                    .as("%s is byte-identical in both runs", file).isTrue();
        }
    }

    @Test
    void runningAgainIntoTheSameFolderReplacesTheOutput(@TempDir Path out) throws IOException {
        new WorkloadGenerator(5, SMALL.withCommitteeMeetings(20)).write(out);
        new WorkloadGenerator(5, SMALL).write(out);
        List<String> rerun = Generated.files(out);

        Path fresh = Files.createTempDirectory(out.getParent(), "fresh");
        new WorkloadGenerator(5, SMALL).write(fresh);
        assertThat(rerun).as("no file of the earlier, larger run is left behind").isEqualTo(Generated.files(fresh));
    }

    @Test
    void differentSeedGivesDifferentPapers(@TempDir Path one, @TempDir Path two) {
        new WorkloadGenerator(1, SMALL).write(one);
        new WorkloadGenerator(2, SMALL).write(two);

        // The same ICBs, trusts and councils, but different people, places and papers.
        List<String> papersOne = Generated.files(one).stream().filter(f -> f.contains("/papers/")).toList();
        List<String> papersTwo = Generated.files(two).stream().filter(f -> f.contains("/papers/")).toList();
        List<String> bodiesOne = papersOne.stream().map(f -> Generated.read(one.resolve(f))).toList();
        List<String> bodiesTwo = papersTwo.stream().map(f -> Generated.read(two.resolve(f))).toList();
        assertThat(bodiesOne).isNotEmpty().doesNotContainAnyElementsOf(bodiesTwo);
        assertThat(Generated.read(one.resolve("qmf/src/main/ics/people.yaml")))
                .isNotEqualTo(Generated.read(two.resolve("qmf/src/main/ics/people.yaml")));
        assertThat(Generated.read(one.resolve("qmf/src/main/ics/organisations.yaml")))
                .as("the real organisations are the same whatever the seed")
                .contains("Barts Health NHS Trust")
                .contains("R1H");
    }

    @Test
    void addingCommitteeMeetingsLeavesTheBoardsPapersAlone(@TempDir Path few, @TempDir Path many) {
        new WorkloadGenerator(9, SMALL.withCommitteeMeetings(2)).write(few, List.of("QMF"), s -> { });
        new WorkloadGenerator(9, SMALL.withCommitteeMeetings(30)).write(many, List.of("QMF"), s -> { });

        Path board = Path.of("qmf/src/main/ics/meetings/2026");
        List<String> files = Generated.files(few.resolve(board));
        assertThat(files).isNotEmpty().isEqualTo(Generated.files(many.resolve(board)));
        for (String file : files) {
            assertThat(Generated.read(few.resolve(board).resolve(file))).as(file).isEqualTo(Generated.read(many.resolve(board).resolve(file)));
        }
    }
}
