package org.icsdocs.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clean builds of the same definition, from different folders, in different time zones and
 * locales, are byte-identical: every date comes from the build date, nothing from the clock,
 * the default zone or the default locale.
 */
class ReproducibleBuildTest {

    @TempDir
    Path temp;

    @Test
    void buildsInDifferentFoldersTimeZonesAndLocalesAreByteIdentical() throws IOException {
        Path siteA = build(temp.resolve("first"), "Pacific/Auckland", Locale.GERMANY);
        Path siteB = build(temp.resolve("second/nested"), "America/Los_Angeles", new Locale("ar", "EG"));
        List<String> files = files(siteA);
        assertThat(files).hasSizeGreaterThan(50).contains("documents/constitution.pdf", "index.html");
        assertThat(files(siteB)).isEqualTo(files);
        for (String f : files) {
            assertThat(Files.readAllBytes(siteB.resolve(f))).as(f).isEqualTo(Files.readAllBytes(siteA.resolve(f)));
        }
    }

    private static Path build(Path folder, String zone, Locale locale) {
        TimeZone zoneBefore = TimeZone.getDefault();
        Locale localeBefore = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Locale.setDefault(locale);
            DefinitionFixture f = DefinitionFixture.northshire(folder);
            Path site = folder.resolve("target/ics/site");
            GenerateRequest request = new GenerateRequest(new ValidateRequest(folder, f.root(), folder.resolve("target/ics"),
                    BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.now())), List.of(), site);
            assertThat(new IcsDocs(BuildLog.silent()).generate(request).generated()).isTrue();
            return site;
        } finally {
            TimeZone.setDefault(zoneBefore);
            Locale.setDefault(localeBefore);
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
