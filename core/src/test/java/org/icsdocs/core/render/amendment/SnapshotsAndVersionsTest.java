package org.icsdocs.core.render.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.Amendment;
import org.icsdocs.core.model.Constitution;
import org.icsdocs.core.model.ConstitutionStatus;
import org.icsdocs.core.model.Span;
import org.icsdocs.core.render.RenderException;
import org.icsdocs.core.render.constitution.Versions;
import org.junit.jupiter.api.Test;

class SnapshotsAndVersionsTest {

    private static final String FILE = "constitution/approved-1.5.json";

    private static ConstitutionSnapshot snapshot(String ics, int formatVersion) {
        return new ConstitutionSnapshot(ConstitutionSnapshot.FORMAT, formatVersion, "0.1.0", ics, "NHS Northshire ICB", "1.5", "2025-03-20",
                List.of(new ClauseEntry("heading", "name", "1.2", 2, "Name"), new ClauseEntry("clause", "name", "1.2.1", 0, "The name is NHS Northshire.")));
    }

    private static RenderException error(Runnable r) {
        try {
            r.run();
        } catch (RenderException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void aSnapshotReadsBackAsWritten() {
        byte[] bytes = new SnapshotFiles().write(snapshot("northshire", 1));
        assertThat(new SnapshotFiles().read(FILE, bytes, "northshire")).isEqualTo(snapshot("northshire", 1));
        assertThat(new SnapshotFiles().write(snapshot("northshire", 1))).isEqualTo(bytes);
    }

    @Test
    void aCorruptSnapshotIsAnErrorAtTheLineAndColumnWhereItBreaks() {
        String json = new String(new SnapshotFiles().write(snapshot("northshire", 1)), StandardCharsets.UTF_8);
        String broken = json.replaceFirst("\"version\" : \"1.5\",", "\"version\" : \"1.5\" ,,");
        RenderException e = error(() -> new SnapshotFiles().read(FILE, broken.getBytes(StandardCharsets.UTF_8), "northshire"));
        int line = (int) broken.lines().takeWhile(l -> !l.contains(",,")).count() + 1;
        assertThat(e.location().file()).isEqualTo(FILE);
        assertThat(e.location().line()).isEqualTo(line);
        assertThat(e.location().column()).isGreaterThan(1);
        assertThat(e.getMessage()).contains("corrupt", "ics:snapshot");
    }

    @Test
    void aSnapshotFromANewerIcsDocsIsRefusedAtItsFormatVersion() {
        byte[] bytes = new SnapshotFiles().write(snapshot("northshire", ConstitutionSnapshot.FORMAT_VERSION + 1));
        RenderException e = error(() -> new SnapshotFiles().read(FILE, bytes, "northshire"));
        assertThat(e.getMessage()).contains("newer ics-docs");
        assertThat(e.location()).isEqualTo(new Location(FILE, 3, 3));
    }

    @Test
    void aSnapshotOfAnotherIcbIsRefusedAtItsIcs() {
        byte[] bytes = new SnapshotFiles().write(snapshot("riverton", 1));
        RenderException e = error(() -> new SnapshotFiles().read(FILE, bytes, "northshire"));
        assertThat(e.getMessage()).contains("is of NHS Northshire ICB (ics 'riverton'), not of this definition (ics 'northshire')");
        assertThat(e.location().line()).isEqualTo(5);
    }

    @Test
    void aJsonFileThatIsNotASnapshotIsRefused() {
        RenderException e = error(() -> new SnapshotFiles().read(FILE, "{\"format\": \"something else\"}".getBytes(StandardCharsets.UTF_8), "northshire"));
        assertThat(e.getMessage()).contains("not an ics-docs constitution snapshot");
        assertThat(e.location()).isEqualTo(new Location(FILE, 1, 2));
    }

    @Test
    void versionsCompareNumberByNumber() {
        assertThat(Versions.compare("1.10", "1.9")).isPositive();
        assertThat(Versions.compare("2.0", "1.9")).isPositive();
        assertThat(Versions.compare("1.5", "1.5.0")).isZero();
        assertThat(Versions.compare("1.4", "1.5")).isNegative();
    }

    @Test
    void aVersionNumberThatGoesBackwardsInTheHistoryIsAnErrorAtThatVersion() {
        Location at14 = new Location("ics.yaml", 70, 16);
        Amendment v15 = new Amendment("1.5", LocalDate.parse("2025-03-20"), "Terms.", "nhs-england", Span.NONE);
        Amendment v14 = new Amendment("1.4", LocalDate.parse("2025-09-20"), "Later, but numbered lower.", "nhs-england",
                new Span(new Location("ics.yaml", 70, 7), java.util.Map.of("version", at14)));
        Constitution c = constitution("1.6", ConstitutionStatus.DRAFT, List.of(v15, v14));
        assertThatThrownBy(() -> Versions.check(c)).isInstanceOf(RenderException.class)
                .hasMessageContaining("version 1.4 comes after version 1.5").extracting(e -> ((RenderException) e).location()).isEqualTo(at14);
    }

    @Test
    void aCurrentVersionBeforeTheLastRecordedOneIsAnError() {
        Amendment v15 = new Amendment("1.5", LocalDate.parse("2025-03-20"), "Terms.", "nhs-england", Span.NONE);
        assertThatThrownBy(() -> Versions.check(constitution("1.4", ConstitutionStatus.SUBMITTED, List.of(v15))))
                .hasMessageContaining("is before version 1.5, the last in constitution.amendments");
        Versions.check(constitution("1.5", ConstitutionStatus.APPROVED, List.of(v15)));
        Versions.check(constitution("1.6", ConstitutionStatus.DRAFT, List.of(v15)));
    }

    private static Constitution constitution(String version, ConstitutionStatus status, List<Amendment> history) {
        return new Constitution(version, status, "nhs-england", null, null, history, List.of(), List.of(), List.of(), null, List.of(), Span.NONE);
    }
}
