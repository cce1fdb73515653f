package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.generate.Documents;
import org.icsdocs.core.generate.Generator;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site of the small Northshire fixture: the definition drives the pages, and a project's templates and assets replace the built-in ones. */
class SiteGenerationTest {

    static final BuildDate DATE = BuildDate.resolve("2026-11-01T00:00:00Z", null, java.time.Instant.EPOCH);

    @TempDir
    Path temp;

    private Path generate(DefinitionFixture f, Path site, List<Path> templates) {
        Outcome outcome = f.validate();
        new Generator(Documents.standard(), BuildLog.silent()).generate(outcome.load().definition().orElseThrow(), outcome.report(),
                DATE.instant(), f.root(), templates, site);
        return site;
    }

    private static String text(Path site, String page) throws IOException {
        return Jsoup.parse(site.resolve(page).toFile(), "UTF-8").text();
    }

    @Test
    void aCommitteeAddedToTheDefinitionGetsAPageAndIsListed() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        f.add("committees", Map.of("id", "finance", "name", "Finance and Performance Committee", "kind", "finance",
                "purpose", "Oversees the money.", "responsibilities", List.of("Scrutinise the financial plan"), "reports-to", "board"));
        Path site = generate(f, temp.resolve("with"), List.of());
        assertThat(site.resolve("committees/finance.html")).isRegularFile();
        assertThat(text(site, "committees/finance.html")).contains("Finance and Performance Committee", "Scrutinise the financial plan");
        assertThat(text(site, "committees/index.html")).contains("Finance and Performance Committee");

        f.remove("committees[id=finance]");
        Path without = generate(f, temp.resolve("without"), List.of());
        assertThat(without.resolve("committees/finance.html")).doesNotExist();
        assertThat(text(without, "committees/index.html")).doesNotContain("Finance and Performance Committee");
    }

    @Test
    void aPlacesPageNamesItsGovernanceModelAndItsPcns() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Path site = generate(f, temp.resolve("site"), List.of());
        String place = text(site, "places/northshire-place.html");
        assertThat(place).contains("Consultative forum");
        f.load().definition().orElseThrow().pcns().stream().filter(p -> "northshire-place".equals(p.place()))
                .forEach(p -> assertThat(place).contains(p.name()));
    }

    @Test
    void aProjectTemplateOrAssetWithTheSamePathReplacesTheBuiltInOne() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Path templates = ownHomePageAndStylesheet();
        Path site = generate(f, temp.resolve("site"), List.of(templates));
        assertThat(text(site, "index.html")).contains("Our own home page for");
        assertThat(Files.readString(site.resolve("assets/site.css"))).isEqualTo("/* our own look */");
        assertThat(text(site, "board.html")).contains("Members of the board"); // the others stay built in
    }

    @Test
    void theAccessibilityStatementNamesTheTemplatesTheProjectSuppliesAsUntestedByIcsDocs() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Path templates = ownHomePageAndStylesheet();
        Path site = generate(f, temp.resolve("site"), List.of(templates));
        var statement = Jsoup.parse(site.resolve("accessibility.html").toFile(), "UTF-8");
        assertThat(statement.select("main li code").eachText()).containsExactly("site/assets/site.css", "site/pages/home.ftlh");
        assertThat(statement.text()).contains("replaces or adds to them with 2 files of its own, which those tests do not cover",
                        "AA standard, as far as the tests described below cover it")
                .doesNotContain("from those tested templates");
    }

    @Test
    void twoBuildsOfTheSameDefinitionWriteTheSameSite() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp);
        Path a = generate(f, temp.resolve("a"), List.of());
        Path b = generate(f, temp.resolve("b"), List.of());
        for (String file : List.of("index.html", "board.html", "search-index.json", "sitemap.xml", "feed.xml", "data/structure.json",
                "meetings/index.html")) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
    }

    /** A project's template folder replacing the home page and the stylesheet. */
    private Path ownHomePageAndStylesheet() throws IOException {
        Path templates = temp.resolve("templates");
        Files.createDirectories(templates.resolve("site/pages"));
        Files.createDirectories(templates.resolve("site/assets"));
        Files.writeString(templates.resolve("site/pages/home.ftlh"), "<h1>Our own home page for ${d.ics.name}</h1>");
        Files.writeString(templates.resolve("site/assets/site.css"), "/* our own look */");
        return templates;
    }
}
