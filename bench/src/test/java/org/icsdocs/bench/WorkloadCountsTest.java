package org.icsdocs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.icsdocs.core.load.DefinitionLoader;
import org.icsdocs.core.load.LoadResult;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Meeting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadCountsTest {

    private static final int YEARS = 2;
    private static final int COMMITTEE_MEETINGS = 15;
    private static final int WORDS = 700;

    @TempDir
    static Path out;
    private static WorkloadGenerator.Summary summary;
    private static Definition definition;
    private static Path root;

    @BeforeAll
    static void generate() {
        Options options = Options.defaults(1, YEARS).withCommitteeMeetings(COMMITTEE_MEETINGS).withWords(WORDS);
        summary = new WorkloadGenerator(3, options).write(out, List.of("QKS"), s -> { });
        root = WorkloadGenerator.definitionDir(out, "QKS");
        LoadResult loaded = new DefinitionLoader().load(root, root);
        assertThat(loaded.diagnostics()).isEmpty();
        definition = loaded.definition().orElseThrow();
    }

    @Test
    void countsAreRealistic() {
        assertThat(definition.places()).hasSizeBetween(4, 6);
        assertThat(definition.pcns()).hasSizeBetween(25, 35);
        assertThat(definition.organisations().stream().filter(o -> o.kind().isTrust() && o.inArea()))
                .as("Kent and Medway's seven real trusts").hasSize(7);
        assertThat(definition.ics().localAuthorities()).as("Kent County Council and Medway Council").hasSize(2);

        Map<Integer, Long> boardMeetingsByYear = definition.meetings().stream().filter(m -> m.body().equals("board"))
                .collect(Collectors.groupingBy(m -> m.date().getYear(), Collectors.counting()));
        assertThat(boardMeetingsByYear).isEqualTo(Map.of(2026, 12L, 2027, 12L));
        Map<Integer, Long> committeeMeetingsByYear = definition.meetings().stream().filter(m -> !m.body().equals("board"))
                .collect(Collectors.groupingBy(m -> m.date().getYear(), Collectors.counting()));
        assertThat(committeeMeetingsByYear).isEqualTo(Map.of(2026, (long) COMMITTEE_MEETINGS, 2027, (long) COMMITTEE_MEETINGS));
        assertThat(definition.meetings()).allSatisfy(m -> assertThat(m.date().getYear()).isBetween(2026, 2027));
    }

    @Test
    void everyMeetingHasEightToTwelvePapersOfAboutTheWordsAsked() {
        int papers = 0;
        for (Meeting m : definition.meetings()) {
            List<AgendaItem> own = m.items().stream().filter(i -> i.paper() != null && i.paper().declared().startsWith("papers/")).toList();
            assertThat(own).as("papers of %s", m.id()).hasSizeBetween(8, 12);
            for (AgendaItem item : own) {
                int words = Generated.words(Generated.read(item.paper().resolved()));
                assertThat(words).as("words in %s", item.paper()).isBetween((int) (WORDS * 0.8), (int) (WORDS * 1.2));
                String text = Generated.read(item.paper().resolved());
                assertThat(text).as("%s has headings, a list and a table", item.paper()).contains("\n## ", "\n- ", "\n| --- |");
                papers++;
            }
        }
        assertThat(papers).isEqualTo(summary.papers());
    }

    @Test
    void meetingsHeldByTheAsOfDateHaveMinutesAndLaterOnesDoNot() {
        for (Meeting m : definition.meetings()) {
            boolean held = !m.date().isAfter(Options.DEFAULT_AS_OF);
            assertThat(m.minutes() != null).as("minutes of %s", m.id()).isEqualTo(held);
            assertThat(m.attendance().isEmpty()).as("attendance of %s", m.id()).isEqualTo(!held);
        }
    }
}
