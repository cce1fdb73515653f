package org.icsdocs.core.transition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.TransitionRequest;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.diagnostic.LegalRegime;
import org.icsdocs.core.diagnostic.Scenario;
import org.icsdocs.core.testing.RecordingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Health Bill scenario on the Kent and Medway example. */
class TransitionTest {

    private static final Path EXAMPLE = Path.of("../example-site");
    private static final Scenario BILL = new Scenario(LegalRegime.HEALTH_BILL_2026, LocalDate.of(2027, 4, 1));

    @TempDir
    Path out;

    private Transition run(RecordingLog log) {
        BuildDate date = BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH);
        ValidateRequest today = new ValidateRequest(EXAMPLE, EXAMPLE.resolve("src/main/ics"), null, date);
        return new IcsDocs(log).transition(new TransitionRequest(today, BILL, out));
    }

    @Test
    void listsEachFindingTheBillBringsWithItsProvisionPlaceAndDocumentSection() throws IOException {
        Transition t = run(new RecordingLog());

        assertThat(t.appearing()).isGreaterThanOrEqualTo(10);
        JsonNode report = new ObjectMapper().readTree(Files.readString(out.resolve(IcsDocs.TRANSITION_JSON)));
        assertThat(report.path("scenario").path("commencement").asText()).isEqualTo("2027-04-01");
        List<JsonNode> byBill = StreamSupport.stream(report.path("changes").spliterator(), false)
                .filter(c -> c.path("cause").asText().equals("bill")).toList();
        assertThat(byBill).hasSize((int) (t.appearing() + t.disappearing()));
        assertThat(byBill).allSatisfy(c -> {
            assertThat(c.path("rule").asText()).startsWith("HBL-");
            assertThat(c.path("source").asText()).contains("Health Bill (as introduced, 14 May 2026)");
            assertThat(c.path("file").asText()).startsWith("src/main/ics/");
            assertThat(c.path("line").asInt()).isPositive();
            assertThat(c.path("affects").asText()).isNotBlank();
            assertThat(c.path("action").asText()).isNotBlank();
            assertThat(c.path("message").asText()).startsWith("Provisional");
        });
        assertThat(byBill).extracting(c -> c.path("rule").asText())
                .contains("HBL-001", "HBL-002", "HBL-003", "HBL-004", "HBL-005", "HBL-006", "HBL-007", "HBL-008", "HBL-009");
        // clause 21: each local authority partner seat, with the Bill's provision
        assertThat(byBill).filteredOn(c -> c.path("rule").asText().equals("HBL-008")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path("file").asText()).isEqualTo("src/main/ics/board.yaml");
            assertThat(c.path("source").asText()).contains("cl. 21", "mayoral strategic authority");
            assertThat(c.path("message").asText()).contains("clause 21", "local authority partner seat");
        });
        assertThat(byBill).filteredOn(c -> c.path("rule").asText().equals("HBL-009")).singleElement().satisfies(c -> {
            assertThat(c.path("source").asText()).contains("requirement to establish integrated care partnerships", "impact assessment");
            assertThat(c.path("affects").asText()).contains("integrated care partnership page");
        });
        assertThat(byBill).filteredOn(c -> c.path("rule").asText().equals("HBL-001")).singleElement()
                .satisfies(c -> assertThat(c.path("action").asText()).doesNotContain("Secretary of State"));
        assertThat(byBill).filteredOn(c -> c.path("rule").asText().equals("HBL-005")).singleElement()
                .satisfies(c -> assertThat(c.path("message").asText()).contains("specialised services"));
    }

    @Test
    void writesAReadablePageBesideTheJson() throws IOException {
        run(new RecordingLog());

        String html = Files.readString(out.resolve(IcsDocs.TRANSITION_HTML));
        assertThat(html).contains("<html lang=\"en-GB\">").contains("<caption>Findings the bill brings</caption>")
                .contains("Constitution, section 3").contains("functions.yaml");
    }

    @Test
    void separatesWhatTheDateAloneChangesFromWhatTheBillChanges() {
        Transition t = run(new RecordingLog());

        assertThat(t.changes()).filteredOn(c -> !c.byBill()).allSatisfy(c -> assertThat(c.finding().ruleId()).doesNotStartWith("HBL-"));
    }
}
