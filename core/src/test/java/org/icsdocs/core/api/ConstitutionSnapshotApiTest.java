package org.icsdocs.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.icsdocs.core.render.RenderException;
import org.icsdocs.core.render.amendment.ConstitutionSnapshot;
import org.icsdocs.core.render.amendment.SnapshotFiles;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.RecordingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core call behind ics:snapshot: it writes the approved version's clauses, and refuses a draft. */
class ConstitutionSnapshotApiTest {

    @TempDir
    Path temp;

    private final BuildDate date = BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH);

    @Test
    void writesTheApprovedVersionsClausesWhereTheDefinitionCanNameThem() throws Exception {
        DefinitionFixture f = DefinitionFixture.northshire(temp.resolve("def"));
        Path file = new IcsDocs(new RecordingLog()).snapshotConstitution(new ValidateRequest(temp, f.root(), null, date), List.of(), null);

        ConstitutionSnapshot s = new SnapshotFiles().read("x.json", Files.readAllBytes(file), f.load().definition().orElseThrow().ics().id());
        assertThat(file.getParent().getFileName().toString()).isEqualTo("constitution");
        assertThat(file.getFileName().toString()).isEqualTo("approved-" + s.version() + ".json");
        assertThat(s.clauses()).extracting(c -> c.section()).contains("disqualification", "terms-of-office");
    }

    @Test
    void refusesToSnapshotAVersionNotYetApproved() {
        DefinitionFixture f = DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km"));
        assertThatThrownBy(() -> new IcsDocs(new RecordingLog()).snapshotConstitution(new ValidateRequest(temp, f.root(), null, date), List.of(), null))
                .isInstanceOf(RenderException.class).hasMessageContaining("only an approved version of the constitution is kept as a snapshot; version 1.6 is draft");
    }
}
