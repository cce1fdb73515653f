package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingRulesTest {

    private static final String MEETING = "meetings[id=board-2026-09]";
    private static final String FILE = "meetings/2026-09-board.yaml";
    private static final String AUDIT_FILE = "meetings/2026-10-audit.yaml";

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    /** A private audit committee meeting, attended by the given lines of attendance. */
    private DefinitionFixture withAuditMeeting(String... attendance) {
        StringBuilder yaml = new StringBuilder("""
                meetings:
                  - id: audit-2026-10
                    body: audit
                    date: 2026-10-01
                    in-public: false
                    attendance:
                """);
        for (String line : attendance) {
            yaml.append("      - ").append(line).append('\n');
        }
        return fixture().write(AUDIT_FILE, yaml.toString());
    }

    private DefinitionFixture withApologiesFrom(String... people) {
        DefinitionFixture f = fixture();
        for (String p : people) {
            f.set(MEETING + ".attendance[person=" + p + "].status", "apologies");
        }
        return f;
    }

    @Test
    void acceptsTheFixtureMeeting() {
        Outcome outcome = fixture().validate();
        for (String rule : List.of("MTG-001", "MTG-002", "MTG-003", "MTG-004")) {
            assertThat(outcome.findings(rule)).as(rule).isEmpty();
        }
    }

    // MTG-001 ---------------------------------------------------------------------------------

    @Test
    void rejectsMeetingOfNoBody() {
        var outcome = fixture().remove(MEETING + ".body").validate();
        assertThat(outcome.findings("MTG-001")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("board-2026-09");
            assertThat(d.location().file()).isEqualTo(FILE);
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("board-2026-09", "which body");
        });
    }

    @Test
    void leavesAnUnknownBodyToTheReferenceRuleSoItIsReportedOnce() {
        var outcome = fixture().set(MEETING + ".body", "bored").validate();
        assertThat(outcome.findings("MTG-001")).isEmpty();
        assertThat(outcome.findings("STR-001")).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("'bored'", "not the id of any body");
            assertThat(d.hint()).isEqualTo("Did you mean 'board'?");
        });
    }

    @Test
    void rejectsMeetingWithoutDateOrPublicStatus() {
        var outcome = fixture().remove(MEETING + ".date").remove(MEETING + ".in-public").validate();
        assertThat(outcome.findings("MTG-001")).hasSize(2)
                .allSatisfy(d -> {
                    assertThat(d.subject()).isEqualTo("board-2026-09");
                    assertThat(d.location().file()).isEqualTo(FILE);
                })
                .anySatisfy(d -> assertThat(d.message()).contains("has no date"))
                .anySatisfy(d -> assertThat(d.message()).contains("whether it is held in public"));
    }

    @Test
    void acceptsCommitteeMeetingHeldInPrivate() {
        var outcome = withAuditMeeting("{ person: ine-audit, status: present }", "{ person: ine-people, status: present }").validate();
        assertThat(outcome.findings("MTG-001")).isEmpty();
        assertThat(outcome.findings("MTG-004")).isEmpty();
    }

    // MTG-002 ---------------------------------------------------------------------------------

    @Test
    void rejectsEnclosureWithoutPaper() {
        var outcome = fixture().remove(MEETING + ".agenda[1].items[0].paper").validate();
        assertThat(outcome.findings("MTG-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("board-2026-09");
            assertThat(d.location().file()).isEqualTo(FILE);
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("Finance report, month 5", "no paper", "enclosure");
        });
    }

    @Test
    void rejectsPresentationWithoutPaper() {
        var outcome = fixture()
                .set(MEETING + ".agenda[1].items[1].kind", "presentation")
                .remove(MEETING + ".agenda[1].items[1].paper")
                .validate();
        assertThat(outcome.findings("MTG-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Primary care access recovery plan", "a presentation"));
    }

    @Test
    void rejectsItemWithoutPurposeOrPresenterInOneFinding() {
        var outcome = fixture()
                .remove(MEETING + ".agenda[0].items[0].purpose")
                .remove(MEETING + ".agenda[0].items[0].presenter")
                .validate();
        assertThat(outcome.findings("MTG-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("board-2026-09");
            assertThat(d.message()).contains("Welcome, apologies and quorum", "no purpose", "no presenter");
        });
    }

    @Test
    void acceptsVerbalItemWithoutPaper() {
        var outcome = fixture().validate();
        assertThat(outcome.load().definition().get().meetings().get(0).items().get(0).paper()).isNull();
        assertThat(outcome.findings("MTG-002")).isEmpty();
    }

    @Test
    void acceptsPaperWithoutAKind() {
        var outcome = fixture().remove(MEETING + ".agenda[1].items[0].kind").validate();
        assertThat(outcome.findings("MTG-002")).isEmpty();
    }

    @Test
    void rejectsItemWithNeitherKindNorPaper() {
        var outcome = fixture().remove(MEETING + ".agenda[0].items[1].kind").validate();
        assertThat(outcome.findings("MTG-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Declarations of interest", "not marked verbal"));
    }

    // MTG-003 ---------------------------------------------------------------------------------

    @Test
    void flagsBoardMeetingWithTooFewVotingMembersPresent() {
        var outcome = withApologiesFrom("ine-audit", "cfo", "cmo", "cno", "gp-partner").validate();
        assertThat(outcome.findings("MTG-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("board-2026-09");
            assertThat(d.location().file()).isEqualTo(FILE);
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("NHS Northshire and Riverton Board on 2026-09-10", "not quorate", "only 5 of the 6");
        });
    }

    @Test
    void acceptsBoardMeetingWithExactlyTheQuorumPresent() {
        var outcome = withApologiesFrom("ine-audit", "cfo", "cmo", "cno").validate();
        assertThat(outcome.findings("MTG-003")).isEmpty();
    }

    @Test
    void flagsBoardMeetingWithoutChairOrDeputy() {
        var outcome = withApologiesFrom("chair", "ine-deputy").validate();
        assertThat(outcome.findings("MTG-003")).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("no chair or deputy chair was present");
            assertThat(d.message()).doesNotContain("only");
        });
    }

    @Test
    void flagsBoardMeetingWithoutExecutiveOrPartnerMember() {
        var outcome = withApologiesFrom("ceo", "cfo", "cmo", "cno").validate();
        assertThat(outcome.findings("MTG-003")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("no executive member was present"));

        var noPartners = withApologiesFrom("trust-partner", "gp-partner", "la-partner").validate();
        assertThat(noPartners.findings("MTG-003")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("no partner member was present"));
    }

    @Test
    void countsTheChairAsAnIndependentNonExecutive() {
        var outcome = withApologiesFrom("ine-audit", "ine-deputy").validate();
        assertThat(outcome.findings("MTG-003")).isEmpty();
    }

    @Test
    void doesNotCountPeopleInAttendanceTowardsTheQuorum() {
        var f = fixture();
        for (String p : List.of("ceo", "cfo", "cmo", "cno", "gp-partner")) {
            f.set(MEETING + ".attendance[person=" + p + "].status", "in-attendance");
        }
        var outcome = f.validate();
        assertThat(outcome.findings("MTG-003")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("only 5 of the 6", "no executive member"));
    }

    @Test
    void flagsPastMeetingWithNoAttendanceRecorded() {
        var outcome = fixture().remove(MEETING + ".attendance").validate();
        assertThat(outcome.findings("MTG-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("board-2026-09");
            assertThat(d.location().file()).isEqualTo(FILE);
            assertThat(d.message()).contains("no attendance recorded", "6 voting members");
        });
    }

    @Test
    void acceptsFutureMeetingWithNoAttendanceYet() {
        var outcome = fixture().remove(MEETING + ".attendance").set(MEETING + ".date", "2026-12-10").validate();
        assertThat(outcome.findings("MTG-003")).isEmpty();
    }

    @Test
    void judgesACommitteeMeetingByTheCommitteesQuorum() {
        var quorate = withAuditMeeting("{ person: ine-audit, status: present }", "{ person: ine-people, status: present }").validate();
        assertThat(quorate.findings("MTG-003")).isEmpty();

        // The director of finance is present but is not a member of the audit committee.
        var inquorate = withAuditMeeting("{ person: ine-audit, status: present }", "{ person: cfo, status: present }").validate();
        assertThat(inquorate.findings("MTG-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("audit-2026-10");
            assertThat(d.location().file()).isEqualTo(AUDIT_FILE);
            assertThat(d.message()).contains("Audit and Risk Committee", "only 1 of the 2");
        });
    }

    @Test
    void requiresTheCommitteeChairWhenItsQuorumSaysSo() {
        var outcome = withAuditMeeting("{ person: ine-people, status: present }", "{ person: ine-deputy, status: present }")
                .set("committees[id=audit].quorum.including", List.of("chair-or-deputy"))
                .validate();
        assertThat(outcome.findings("MTG-003")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("no chair or deputy chair was present"));
    }

    // MTG-004 ---------------------------------------------------------------------------------

    @Test
    void flagsPrivateBoardMeetingWithoutAResolution() {
        var outcome = fixture().set(MEETING + ".in-public", false).validate();
        assertThat(outcome.findings("MTG-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("board-2026-09");
            assertThat(d.location().file()).isEqualTo(FILE);
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("NHS Northshire and Riverton Board", "held in private", "no resolution");
        });
    }

    @Test
    void acceptsPrivateBoardMeetingWithItsReasonAndLatePapers() {
        var outcome = fixture()
                .set(MEETING + ".in-public", false)
                .set(MEETING + ".private-reason", "Commercially confidential contract negotiations (resolution of 10 July 2026).")
                .set(MEETING + ".papers-published-on", "2026-09-09")
                .validate();
        assertThat(outcome.findings("MTG-004")).isEmpty();
    }

    @Test
    void flagsPublicBoardMeetingWithoutPublishedPapers() {
        var outcome = fixture().remove(MEETING + ".papers-published-on").validate();
        assertThat(outcome.findings("MTG-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("board-2026-09");
            assertThat(d.location().file()).isEqualTo(FILE);
            assertThat(d.message()).contains("does not record when its papers were published");
        });
    }

    @Test
    void flagsPapersPublishedFewerThanSevenDaysAhead() {
        var outcome = fixture().set(MEETING + ".papers-published-on", "2026-09-04").validate();
        assertThat(outcome.findings("MTG-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("board-2026-09");
            assertThat(d.message()).contains("published on 2026-09-04", "6 days before", "by 2026-09-03");
        });
    }

    @Test
    void acceptsPapersPublishedExactlySevenDaysAhead() {
        var outcome = fixture().set(MEETING + ".papers-published-on", "2026-09-03").validate();
        assertThat(outcome.findings("MTG-004")).isEmpty();
    }
}
