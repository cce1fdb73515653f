package org.icsdocs.core.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.model.Justification;
import org.icsdocs.core.model.Span;
import org.icsdocs.core.validate.JustifiedFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTraceTest {

    @TempDir
    Path temp;

    @Test
    void keepsJobsAndFindingsAcrossWriteAndRead() {
        Diagnostic warning = new Diagnostic(Rule.values()[0], Severity.WARNING, new Location("board.yaml", 12, 5), "a message", "a hint", "chair");
        JustifiedFinding justified = new JustifiedFinding(warning, new Justification(warning.rule().name(), "chair", "because",
                new Span(new Location("board.yaml", 14, 3), Map.of("reason", new Location("board.yaml", 15, 5)))));
        JobTrace job = new JobTrace("key", new TreeMap<>(Map.of("/def/papers/a.md", "abc")), new TreeMap<>(Map.of("fragments/x.html", Digest.PRESENT)),
                new TreeMap<>(Map.of("documents/x.pdf", "def")));
        BuildTrace trace = new BuildTrace(BuildTrace.FORMAT, new TreeMap<>(Map.of("pack:x", job)),
                new UpToDateCheck("e", "d", "t", List.of(warning), List.of(justified), 3));
        Path file = temp.resolve(".incremental/site.json");
        trace.write(file);
        assertThat(BuildTrace.read(file)).isEqualTo(trace);
    }

    @Test
    void aDamagedOrForeignTraceReadsAsEmpty() throws IOException {
        Path file = temp.resolve("site.json");
        Files.writeString(file, "{\"format\": 1, \"jobs\": {}}");
        assertThat(BuildTrace.read(file).jobs()).isEmpty();
        Files.writeString(file, "not json at all");
        assertThat(BuildTrace.read(file)).isEqualTo(BuildTrace.empty());
        assertThat(BuildTrace.read(temp.resolve("missing.json"))).isEqualTo(BuildTrace.empty());
    }
}
