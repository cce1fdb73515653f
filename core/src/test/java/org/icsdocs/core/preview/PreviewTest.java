package org.icsdocs.core.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.RecordingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteRebuildsOnAChangeAndStopsCleanly() throws Exception {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Path site = temp.resolve("out/site");
        GenerateRequest request = new GenerateRequest(new ValidateRequest(temp, f.root(), null,
                BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH)), List.of(), site);
        String base;
        RecordingLog log = new RecordingLog();
        try (Preview preview = new Preview(request, List.of(f.root()), 0, log)) {
            base = preview.url();
            HttpResponse<String> home = get(base);
            assertThat(home.statusCode()).as(String.join("\n", log.lines())).isEqualTo(200);
            assertThat(home.body()).contains("Northshire").contains(PreviewServer.VERSION_PATH);
            assertThat(get(base + "__ics/version").body()).isEqualTo("1");

            String paper = Files.readString(f.root().resolve("meetings/papers/finance-report.md"));
            Files.writeString(f.root().resolve("meetings/papers/finance-report.md"), paper.replace("The system is on plan", "The system is ahead of plan"));
            long deadline = System.currentTimeMillis() + 60_000;
            while (preview.version() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(preview.version()).as("rebuilt after the paper changed").isEqualTo(2);
            String fragment = Files.readString(site.resolve("fragments/meetings/board-2026-09/2.1.html"));
            assertThat(fragment).contains("ahead of plan");

            assertThat(get(base + "..%2F..%2Fnorthshire%2Fics.yaml").statusCode()).isEqualTo(404);
            assertThat(get(base + "documents/constitution.pdf").headers().firstValue("Content-Type")).hasValue("application/pdf");
        }
        assertThatThrownBy(() -> get(base)).isInstanceOf(ConnectException.class);
    }
}
