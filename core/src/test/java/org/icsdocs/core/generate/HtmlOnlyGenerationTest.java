package org.icsdocs.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft build without PDFs: the website and documents as HTML, and no link to a PDF that is not there. */
class HtmlOnlyGenerationTest {

    @TempDir
    Path temp;

    @Test
    void writesTheSiteWithoutPdfsOrLinksToThem() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Path site = temp.resolve("target/ics/site");
        assertThat(new IcsDocs(BuildLog.silent()).generate(request(f, site, false)).generated()).isTrue();

        List<String> files = files(site);
        assertThat(files).contains("index.html", "documents/constitution.html", "fragments/constitution.html")
                .anyMatch(p -> p.startsWith("meetings/") && p.endsWith("/index.html"))
                .noneMatch(p -> p.endsWith(".pdf"));
        for (String page : files.stream().filter(p -> p.endsWith(".html")).toList()) {
            assertThat(Files.readString(site.resolve(page))).as(page).doesNotContainPattern("href=\"[^\"]*\\.pdf\"");
        }
    }

    @Test
    void aBuildWithPdfsAfterADraftAddsThem() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Path site = temp.resolve("target/ics/site");
        new IcsDocs(BuildLog.silent()).generate(request(f, site, false));
        new IcsDocs(BuildLog.silent()).generate(request(f, site, true));
        assertThat(files(site)).contains("documents/constitution.pdf").anyMatch(p -> p.startsWith("documents/meetings/") && p.endsWith(".pdf"));
        assertThat(Files.readString(site.resolve("documents.html"))).contains("documents/constitution.pdf");
    }

    private GenerateRequest request(DefinitionFixture f, Path site, boolean pdf) {
        ValidateRequest validate = new ValidateRequest(temp, f.root(), site.getParent(), BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.now()));
        return new GenerateRequest(validate, List.of(), site, false, true, pdf);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
