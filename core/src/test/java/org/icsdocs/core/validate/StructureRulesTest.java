package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    // STR-001

    @Test
    void rejectsTwoPeopleWithOneId() {
        var outcome = fixture().add("people", Map.of("id", "ceo", "name", "Another Chief")).validate();
        assertThat(outcome.findings("STR-001")).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("person id 'ceo' is already used at people.yaml:");
            assertThat(d.subject()).isEqualTo("ceo");
        });
    }

    @Test
    void rejectsADanglingReferenceAndSuggestsTheNearestId() {
        var outcome = fixture().set("committees[id=audit].chair", "ine-audti").validate();
        assertThat(outcome.findings("STR-001")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("'chair' refers to 'ine-audti', which is not the id of any person");
            assertThat(d.hint()).isEqualTo("Did you mean 'ine-audit'?");
            assertThat(d.location().file()).isEqualTo("committees.yaml");
            assertThat(d.subject()).isEqualTo("audit");
        });
    }

    @Test
    void checksReferencesInsideListsOfIds() {
        var outcome = fixture().set("collaboratives[id=acute-collaborative].members", java.util.List.of("northshire-hospitals", "nowhere-trust")).validate();
        assertThat(outcome.findings("STR-001")).anySatisfy(d -> assertThat(d.message()).contains("'nowhere-trust'"));
    }

    @Test
    void rejectsAnIdThatNamesTwoKindsOfBody() {
        var outcome = fixture().set("places[id=riverton-place].id", "audit").validate();
        assertThat(outcome.findings("STR-001")).anySatisfy(d -> assertThat(d.message()).contains("'audit' names two different bodies"));
    }

    @Test
    void acceptsTheSameIdForThingsOfDifferentKindsThatAreNotBodies() {
        // A person and a function may share an id: references always say which kind they mean.
        var outcome = fixture().add("people", Map.of("id", "F01", "name", "Person Called F01")).validate();
        assertThat(outcome.findings("STR-001")).isEmpty();
    }

    // STR-002

    @Test
    void rejectsAPaperThatDoesNotExist() {
        var outcome = fixture().delete("meetings/papers/finance-report.md").validate();
        assertThat(outcome.findings("STR-002")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("'papers/finance-report.md' (the paper of item 2.1 'Finance report, month 5' in meeting board-2026-09) does not exist");
            assertThat(d.location().file()).isEqualTo("meetings/2026-09-board.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("board-2026-09");
        });
    }

    @Test
    void rejectsAPaperPathThatEscapesTheDefinitionFolder() throws IOException {
        Files.writeString(temp.resolve("secret.md"), "# not part of the definition");
        var outcome = fixture().set("meetings[id=board-2026-09].agenda[1].items[0].paper", "../../secret.md").validate();
        assertThat(outcome.findings("STR-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("'../../secret.md' (the paper of item 2.1 'Finance report, month 5' in meeting board-2026-09) is outside the definition folder"));
    }

    @Test
    void rejectsAnAbsolutePaperPath() {
        var outcome = fixture().set("meetings[id=board-2026-09].agenda[1].items[0].paper", "/etc/passwd").validate();
        assertThat(outcome.findings("STR-002")).singleElement().satisfies(d -> assertThat(d.message()).contains("outside the definition folder"));
    }

    @Test
    void rejectsASymlinkThatLeadsOutOfTheDefinitionFolder() throws IOException {
        DefinitionFixture f = fixture();
        Path outside = Files.writeString(temp.resolve("outside.md"), "# outside");
        Files.delete(f.root().resolve("meetings/papers/finance-report.md"));
        Files.createSymbolicLink(f.root().resolve("meetings/papers/finance-report.md"), outside);
        assertThat(f.validate().findings("STR-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("is a link to a file outside the definition folder"));
    }

    @Test
    void rejectsAPaperThatIsNeitherMarkdownNorPdf() {
        var outcome = fixture().write("meetings/papers/report.docx", "PK...")
                .set("meetings[id=board-2026-09].agenda[1].items[0].paper", "papers/report.docx").validate();
        assertThat(outcome.findings("STR-002")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("'papers/report.docx' (the paper of item 2.1 'Finance report, month 5' in meeting board-2026-09) is not a markdown or md or pdf file");
            assertThat(d.hint()).contains(".pdf");
        });
    }

    @Test
    void rejectsAFileNamedPdfThatIsNotOne() {
        var outcome = fixture().write("meetings/papers/report.pdf", "<html>exported page</html>")
                .set("meetings[id=board-2026-09].agenda[1].items[0].paper", "papers/report.pdf").validate();
        assertThat(outcome.findings("STR-002")).singleElement().satisfies(d -> assertThat(d.message()).contains("is not a PDF"));
    }

    @Test
    void acceptsARealPdfPaper() throws IOException {
        DefinitionFixture f = fixture();
        Files.write(f.root().resolve("meetings/papers/report.pdf"), pdf(null));
        var outcome = f.set("meetings[id=board-2026-09].agenda[1].items[0].paper", "papers/report.pdf").validate();
        assertThat(outcome.findings("STR-002")).isEmpty();
    }

    @Test
    void rejectsAnEncryptedPdfPaperNamingTheMeetingAndItem() throws IOException {
        DefinitionFixture f = fixture();
        Files.write(f.root().resolve("meetings/papers/report.pdf"), pdf("secret"));
        var outcome = f.set("meetings[id=board-2026-09].agenda[1].items[1].paper", "papers/report.pdf").validate();
        assertThat(outcome.findings("STR-002")).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("'papers/report.pdf' (the paper of item 2.2 'Primary care access recovery plan' in meeting board-2026-09) is encrypted");
            assertThat(d.subject()).isEqualTo("board-2026-09");
            assertThat(d.location().file()).isEqualTo("meetings/2026-09-board.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.hint()).contains("without a password");
        });
    }

    @Test
    void rejectsAPdfRestrictedByAnOwnerPasswordOnly() throws IOException {
        DefinitionFixture f = fixture();
        Files.write(f.root().resolve("meetings/papers/report.pdf"), pdf(""));
        var outcome = f.set("meetings[id=board-2026-09].agenda[1].items[0].paper", "papers/report.pdf").validate();
        assertThat(outcome.findings("STR-002")).singleElement().satisfies(d -> assertThat(d.message()).contains("is encrypted"));
    }

    @Test
    void rejectsACorruptPdfPaperNamingTheMeetingAndItem() throws IOException {
        DefinitionFixture f = fixture();
        byte[] good = pdf(null);
        Files.write(f.root().resolve("meetings/papers/report.pdf"), java.util.Arrays.copyOf(good, 40)); // header, then cut short
        var outcome = f.set("meetings[id=board-2026-09].agenda[1].items[0].paper", "papers/report.pdf").validate();
        assertThat(outcome.findings("STR-002")).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("'papers/report.pdf' (the paper of item 2.1 'Finance report, month 5' in meeting board-2026-09) is not a readable PDF");
            assertThat(d.subject()).isEqualTo("board-2026-09");
        });
    }

    @Test
    void namesTheMeetingWhenItsMinutesAreMissing() {
        var outcome = fixture().set("meetings[id=board-2026-09].minutes", "minutes/nowhere.md").validate();
        assertThat(outcome.findings("STR-002")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("'minutes/nowhere.md' (the minutes of meeting board-2026-09) does not exist");
            assertThat(d.subject()).isEqualTo("board-2026-09");
        });
    }

    /** A one-page PDF; with a user password (empty: an owner password and restrictions only) when given. */
    static byte[] pdf(String userPassword) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            if (userPassword != null) {
                var permissions = new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
                permissions.setCanPrint(false);
                var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", userPassword, permissions);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void rejectsAMarkdownPaperThatIsNotUtf8() throws IOException {
        DefinitionFixture f = fixture();
        Files.write(f.root().resolve("meetings/papers/finance-report.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        assertThat(f.validate().findings("STR-002")).singleElement().satisfies(d -> assertThat(d.message()).contains("is not UTF-8 text"));
    }

    // STR-003

    @Test
    void rejectsATermOfOfficeThatEndsBeforeItStarts() {
        var outcome = fixture().set("board.members[person=ine-audit].term-end", "2021-12-31").validate();
        assertThat(outcome.findings("STR-003")).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("term of office ends before it starts").contains("2022-07-01 to 2021-12-31");
            assertThat(d.subject()).isEqualTo("ine-audit");
            assertThat(d.location().file()).isEqualTo("board.yaml");
        });
    }

    @Test
    void rejectsAPaperDatedAfterItsMeeting() {
        var outcome = fixture().set("meetings[id=board-2026-09].agenda[1].items[0].paper-date", "2026-09-11").validate();
        assertThat(outcome.findings("STR-003")).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("dated 2026-09-11, after the meeting on 2026-09-10");
            assertThat(d.subject()).isEqualTo("board-2026-09");
        });
    }

    @Test
    void acceptsAPaperDatedOnTheDayOfItsMeeting() {
        var outcome = fixture().set("meetings[id=board-2026-09].agenda[1].items[0].paper-date", "2026-09-10").validate();
        assertThat(outcome.findings("STR-003")).isEmpty();
    }

    @Test
    void rejectsAMeetingThatEndsBeforeItStarts() {
        var outcome = fixture().set("meetings[id=board-2026-09].end", "09:00").validate();
        assertThat(outcome.findings("STR-003")).singleElement().satisfies(d -> assertThat(d.message()).contains("ends at 09:00"));
    }

    // STR-004

    @Test
    void flagsATrustCodeOfTheWrongShape() {
        var outcome = fixture().set("organisations[id=riverton-hospital].ods-code", "XYZ").validate();
        assertThat(outcome.findings("STR-004")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("ODS code 'XYZ' of Riverton Hospital NHS Trust is not of the right shape");
            assertThat(d.hint()).contains("R plus two characters");
            assertThat(d.subject()).isEqualTo("riverton-hospital");
        });
    }

    @Test
    void flagsAnIcbWithoutACode() {
        var outcome = fixture().remove("organisations[id=northshire-icb].ods-code").validate();
        assertThat(outcome.findings("STR-004")).singleElement().satisfies(d -> assertThat(d.message()).contains("has no ODS code"));
    }

    @Test
    void acceptsTheFiveCharacterCodeOfAnIcbEstablishedIn2026AndRejectsOtherShapes() {
        assertThat(fixture().set("organisations[id=northshire-icb].ods-code", "S9B9J").validate().findings("STR-004")).isEmpty();
        var outcome = fixture().set("organisations[id=northshire-icb].ods-code", "S9B9").validate();
        assertThat(outcome.findings("STR-004")).singleElement().satisfies(d -> assertThat(d.hint()).contains("QKS", "S9B9J"));
    }

    @Test
    void acceptsADistrictCouncilWithoutACode() {
        var outcome = fixture().remove("organisations[id=eastdale-dc].ods-code").validate();
        assertThat(outcome.findings("STR-004")).isEmpty();
    }

    @Test
    void flagsAPcnCodeOfTheWrongShape() {
        var outcome = fixture().set("pcns[id=eastdale-pcn].ods-code", "U123").validate();
        assertThat(outcome.findings("STR-004")).singleElement().satisfies(d -> assertThat(d.subject()).isEqualTo("eastdale-pcn"));
    }
}
