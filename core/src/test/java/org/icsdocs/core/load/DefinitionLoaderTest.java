package org.icsdocs.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionLoaderTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    private static Diagnostic only(LoadResult result, String rule) {
        List<Diagnostic> matching = result.diagnostics().stream().filter(d -> d.ruleId().equals(rule)).toList();
        assertThat(matching).as(result.diagnostics().toString()).hasSize(1);
        return matching.get(0);
    }

    @Test
    void locatesMalformedYamlAtTheOffendingLineAndColumn() {
        LoadResult r = fixture().write("extra.yaml", "people:\n  - id: a\n    name: A\n   bad: indent\n").load();
        Diagnostic d = only(r, "DEF-001");
        assertThat(d.location().file()).isEqualTo("extra.yaml");
        assertThat(d.location().line()).isEqualTo(4);
        assertThat(d.location().column()).isPositive();
        assertThat(d.message()).startsWith("The file is not valid YAML");
        assertThat(r.definition()).isPresent(); // the other files still load
    }

    @Test
    void reportsAnUnknownKeyWithTheClosestKnownKey() {
        LoadResult r = fixture().set("committees[id=audit].chiar", "ine-audit").load();
        Diagnostic d = only(r, "DEF-002");
        assertThat(d.message()).contains("'chiar'").contains("committee");
        assertThat(d.hint()).isEqualTo("Did you mean 'chair'?");
        assertThat(d.location().file()).isEqualTo("committees.yaml");
    }

    @Test
    void reportsAnUnknownTopLevelSection() {
        LoadResult r = fixture().write("extra.yaml", "commitees:\n  - id: x\n").load();
        assertThat(only(r, "DEF-002").hint()).isEqualTo("Did you mean 'committees'?");
    }

    @Test
    void explainsACommaInsideAFlowMapping() {
        LoadResult r = fixture().write("extra.yaml", "people:\n  - { id: p1, name: Smith, Jo }\n").load();
        Diagnostic d = only(r, "DEF-002");
        assertThat(d.hint()).contains("put the value in quotes");
        assertThat(d.location()).isEqualTo(new org.icsdocs.core.diagnostic.Location("extra.yaml", 2, 28));
    }

    @Test
    void reportsADuplicateKeyWithBothLines() {
        LoadResult r = fixture().write("extra.yaml", "people:\n  - id: p1\n    name: One\n    name: Two\n").load();
        Diagnostic d = only(r, "DEF-003");
        assertThat(d.location().line()).isEqualTo(4);
        assertThat(d.message()).contains("'name' appears twice").contains("first at line 3");
    }

    @Test
    void reportsASingleSectionDefinedInTwoFiles() {
        LoadResult r = fixture().write("zz-second-board.yaml", "board:\n  quorum: { members: 1 }\n  members: []\n").load();
        Diagnostic d = only(r, "DEF-003");
        assertThat(d.location().file()).isEqualTo("zz-second-board.yaml");
        assertThat(d.message()).contains("'board' is already defined in board.yaml:");
    }

    @Test
    void reportsAWrongType() {
        LoadResult r = fixture().set("ics.population", "about two million").load();
        Diagnostic d = only(r, "DEF-004");
        assertThat(d.message()).contains("'population' should be a whole number").contains("about two million");
        assertThat(d.location().file()).isEqualTo("ics.yaml");
    }

    @Test
    void reportsAListWhereAMappingBelongs() {
        LoadResult r = fixture().set("board.quorum", List.of(1, 2)).load();
        assertThat(only(r, "DEF-004").message()).contains("should be a mapping");
    }

    @Test
    void reportsAMissingRequiredKey() {
        LoadResult r = fixture().remove("people[id=cfo].name").load();
        Diagnostic d = only(r, "DEF-004");
        assertThat(d.message()).isEqualTo("This person is missing the required key 'name'");
        assertThat(d.location().file()).isEqualTo("people.yaml");
    }

    @Test
    void suggestsTheNearestEnumValue() {
        LoadResult r = fixture().set("organisations[id=northshire-cc].tier", "countyy").load();
        Diagnostic d = only(r, "DEF-004");
        assertThat(d.message()).contains("'countyy' is not one of the allowed values");
        assertThat(d.hint()).isEqualTo("Did you mean 'county'?");
    }

    @Test
    void treatsAnImpossibleDateAsADateRuleError() {
        LoadResult r = fixture().set("ics.established", "2022-02-30").load();
        Diagnostic d = only(r, "STR-003");
        assertThat(d.message()).contains("'2022-02-30' is not a real date");
    }

    @Test
    void reportsInvalidUtf8AtTheBadByte() throws IOException {
        DefinitionFixture f = fixture();
        byte[] bytes = "people:\n  - id: p1\n    name: Caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xE9; // Latin-1 é, as Word sometimes saves it
        Files.write(f.root().resolve("latin1.yaml"), java.util.Arrays.copyOf(bytes, bytes.length - 1));
        Diagnostic d = only(f.load(), "DEF-001");
        assertThat(d.message()).contains("not valid UTF-8").contains("0xE9");
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.location().column()).isEqualTo(14);
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() throws IOException {
        DefinitionFixture f = fixture();
        Files.writeString(f.root().resolve("windows.yaml"), "\uFEFFpeople:\r\n  - id: p1\r\n    name: Windows User\r\n");
        LoadResult r = f.load();
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.definition().get().people()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Windows User"));
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(only(fixture().write("empty.yaml", "# nothing yet\n").load(), "DEF-001").message()).isEqualTo("The file is empty");
    }

    @Test
    void reportsASecondDocumentInOneFile() {
        Diagnostic d = only(fixture().write("two.yaml", "people: []\n---\npeople: []\n").load(), "DEF-001");
        assertThat(d.message()).contains("more than one YAML document");
        assertThat(d.location().line()).isEqualTo(3);
    }

    @Test
    void refusesAnAliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev).append(", *")
                    .append(prev).append(", *").append(prev).append(", *").append(prev).append(", *").append(prev).append(", *")
                    .append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        Diagnostic d = only(fixture().write("bomb.yaml", bomb.toString()).load(), "DEF-001");
        assertThat(d.location().file()).isEqualTo("bomb.yaml");
    }

    @Test
    void refusesPathologicalNestingWithoutCrashing() {
        String deep = "people: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        LoadResult r = fixture().write("deep.yaml", deep).load();
        assertThat(only(r, "DEF-001").location().file()).isEqualTo("deep.yaml");
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        DefinitionFixture f = fixture();
        byte[] big = new byte[(int) YamlReader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        Files.write(f.root().resolve("huge.yaml"), big);
        assertThat(only(f.load(), "DEF-001").message()).contains("a definition file may be at most 4.0 MB");
    }

    @Test
    void reportsAMissingDefinitionFolder() {
        LoadResult r = new DefinitionLoader().load(temp.resolve("nowhere"), temp);
        assertThat(only(r, "DEF-005").location().file()).isEqualTo("nowhere");
        assertThat(r.definition()).isEmpty();
    }

    @Test
    void reportsAFolderWithNoDefinitionFiles() throws IOException {
        Files.createDirectories(temp.resolve("empty"));
        assertThat(only(new DefinitionLoader().load(temp.resolve("empty"), temp), "DEF-005").message()).contains("no .yaml files");
    }

    @Test
    void reportsAMissingIcsSection() {
        Diagnostic d = only(fixture().delete("ics.yaml").load(), "DEF-004");
        assertThat(d.message()).isEqualTo("No file defines the 'ics' section");
    }

    @Test
    void readsFilesInPathOrderSoListsAreStable() {
        LoadResult r = fixture().write("aa.yaml", "people:\n  - { id: first, name: First }\n").load();
        assertThat(r.definition().get().people().get(0).id()).isEqualTo("first");
        assertThat(r.files().get(0).displayName()).isEqualTo("aa.yaml");
    }

    @Test
    void recordsWhereEachKeyWasWritten() {
        var board = fixture().load().definition().get().board();
        var ceo = board.members().stream().filter(m -> m.person().equals("ceo")).findFirst().orElseThrow();
        assertThat(ceo.at().at().file()).isEqualTo("board.yaml");
        assertThat(ceo.at().of("role").line()).isEqualTo(ceo.at().at().line() + 1);
    }

    @Test
    void resolvesPaperPathsAgainstTheFileThatNamesThem() {
        var meeting = fixture().load().definition().get().meetings().get(0);
        var paper = meeting.items().stream().filter(i -> i.paper() != null).findFirst().orElseThrow().paper();
        assertThat(paper.resolved()).isEqualTo(temp.resolve("northshire/meetings/papers/finance-report.md").toAbsolutePath().normalize());
    }
}
