package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterestRulesTest {

    private static final String MEETING = "meetings[id=board-2026-09]";
    private static final String GP_INTEREST = "declarations[person=gp-partner].interests[0]";

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    @Test
    void acceptsTheFixtureDeclarations() {
        Outcome outcome = fixture().validate();
        for (String rule : List.of("COI-001", "COI-002", "COI-003", "COI-004")) {
            assertThat(outcome.findings(rule)).as(rule).isEmpty();
        }
    }

    // COI-001 ---------------------------------------------------------------------------------

    @Test
    void rejectsBoardMemberWithoutDeclaration() {
        var outcome = fixture().remove("declarations[person=ceo]").validate();
        assertThat(outcome.findings("COI-001")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("ceo");
            assertThat(d.location().file()).isEqualTo("board.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("Eve Chief", "Chief executive", "no declaration of interests");
        });
    }

    @Test
    void reportsPersonWithSeveralSeatsOnceWhereFirstNamed() {
        // Bea Audit sits on the board and on three committees.
        var outcome = fixture().remove("declarations[person=ine-audit]").validate();
        assertThat(outcome.findings("COI-001")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("ine-audit");
            assertThat(d.location().file()).isEqualTo("board.yaml");
        });
    }

    @Test
    void rejectsCommitteeMemberWithoutDeclaration() {
        var outcome = fixture().remove("declarations[person=dph]").validate();
        assertThat(outcome.findings("COI-001")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("dph");
            assertThat(d.location().file()).isEqualTo("committees.yaml");
            assertThat(d.message()).contains("Lee Health", "member of the Inequalities, Prevention and Population Health Committee");
        });
    }

    @Test
    void rejectsCommitteeChairWithoutDeclaration() {
        var outcome = fixture().remove("declarations[person=place-lead]").validate();
        assertThat(outcome.findings("COI-001")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("place-lead");
            assertThat(d.message()).contains("Nia Place", "chair of the Riverton Place Committee");
        });
    }

    @Test
    void rejectsDecisionTakingOfficerWithoutDeclaration() {
        var outcome = fixture().write("more-delegations.yaml", """
                delegations:
                  - { id: D5, function: F07, from: board, officer: hw-rep, reports-to: board }
                """).validate();
        assertThat(outcome.findings("COI-001")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("hw-rep");
            assertThat(d.location().file()).isEqualTo("more-delegations.yaml");
            assertThat(d.message()).contains("Oz Voice", "Digital and data");
        });
    }

    @Test
    void acceptsPeopleWithoutDecisionRolesHavingNoDeclaration() {
        // The ICP chair and the Healthwatch representative hold no ICB decision role.
        var outcome = fixture().validate();
        assertThat(outcome.load().definition().get().declarations())
                .extracting(d -> d.person()).doesNotContain("icp-chair", "hw-rep");
        assertThat(outcome.findings("COI-001")).isEmpty();
    }

    // COI-002 ---------------------------------------------------------------------------------

    @Test
    void flagsUnmanagedInterestInAnOrganisationOnTheAgenda() {
        var outcome = fixture().remove(GP_INTEREST + ".management").remove(GP_INTEREST + ".topics").validate();
        assertThat(outcome.findings("COI-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("gp-partner");
            assertThat(d.location().file()).isEqualTo("declarations.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("Dr Jo Practice", "Partner at Riverside Surgery",
                    "Primary care access recovery plan", "NHS Northshire and Riverton Board on 2026-09-10", "how it is managed");
        });
    }

    @Test
    void flagsUnmanagedInterestSharingATopicWhateverItsCase() {
        var outcome = fixture()
                .remove("declarations[person=la-partner].interests[0].management")
                .set("declarations[person=la-partner].interests[0].topics", List.of("Finance"))
                .validate();
        assertThat(outcome.findings("COI-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("la-partner");
            assertThat(d.message()).contains("Kit Council", "Finance report, month 5");
        });
    }

    @Test
    void acceptsUnmanagedInterestThatEndedBeforeTheMeeting() {
        var outcome = fixture().remove(GP_INTEREST + ".management").set(GP_INTEREST + ".to", "2026-09-09").validate();
        assertThat(outcome.findings("COI-002")).isEmpty();
    }

    @Test
    void acceptsUnmanagedInterestOfSomeoneWhoSentApologies() {
        var outcome = fixture().remove(GP_INTEREST + ".management")
                .set(MEETING + ".attendance[person=gp-partner].status", "apologies").validate();
        assertThat(outcome.findings("COI-002")).isEmpty();
    }

    @Test
    void flagsUnmanagedInterestOfSomeoneInAttendance() {
        var outcome = fixture().remove(GP_INTEREST + ".management")
                .set(MEETING + ".attendance[person=gp-partner].status", "in-attendance").validate();
        assertThat(outcome.findings("COI-002")).singleElement().satisfies(d -> assertThat(d.subject()).isEqualTo("gp-partner"));
    }

    @Test
    void flagsUnmanagedInterestOfAMemberExpectedAtAMeetingWithNoAttendanceYet() {
        var outcome = fixture().remove(GP_INTEREST + ".management").remove(MEETING + ".attendance")
                .set(MEETING + ".date", "2026-12-10").validate();
        assertThat(outcome.findings("COI-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("gp-partner");
            assertThat(d.message()).contains("Primary care access recovery plan");
        });
    }

    @Test
    void matcherExpectsTheBodysMembersWhenNoAttendanceIsRecorded() {
        Definition d = fixture().remove(MEETING + ".attendance").validate().load().definition().get();
        Meeting meeting = d.meetings().get(0);
        var matcher = new InterestMatcher(new DefinitionIndex(d));
        assertThat(matcher.attendees(meeting)).containsExactlyElementsOf(d.board().members().stream().map(m -> m.person()).toList());
        assertThat(matcher.touching(meeting, meeting.items().get(3))).extracting(InterestMatcher.Touch::person).containsExactly("gp-partner");
    }

    @Test
    void matcherFindsTheInterestsTouchingAnItemForTheBoardPack() {
        Definition d = fixture().validate().load().definition().get();
        Meeting meeting = d.meetings().get(0);
        AgendaItem primaryCare = meeting.items().get(3);
        AgendaItem finance = meeting.items().get(2);
        var matcher = new InterestMatcher(new DefinitionIndex(d));

        assertThat(matcher.touching(meeting, primaryCare)).singleElement().satisfies(t -> {
            assertThat(t.person()).isEqualTo("gp-partner");
            assertThat(t.interest().nature()).isEqualTo("Partner at Riverside Surgery");
        });
        assertThat(matcher.touching(meeting, finance)).isEmpty();
        assertThat(matcher.touching(meeting, primaryCare, "trust-partner")).isEmpty();
    }

    // COI-003 ---------------------------------------------------------------------------------

    @Test
    void flagsPartnerMemberActingAsDelegate() {
        var outcome = fixture().set("board.members[person=la-partner].perspective-not-delegate", false).validate();
        assertThat(outcome.findings("COI-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("la-partner");
            assertThat(d.location().file()).isEqualTo("board.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("Kit Council", "perspective of local authorities", "delegate");
        });
    }

    @Test
    void flagsPartnerMemberWithoutTheStatement() {
        var outcome = fixture().remove("board.members[person=gp-partner].perspective-not-delegate").validate();
        assertThat(outcome.findings("COI-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("gp-partner");
            assertThat(d.message()).contains("Dr Jo Practice", "providers of primary medical services");
        });
    }

    @Test
    void acceptsOtherMembersWithoutTheStatement() {
        // The statement is about partner members; independent and executive members do not carry it.
        var outcome = fixture().set("board.members[person=ine-people].perspective-not-delegate", false).validate();
        assertThat(outcome.findings("COI-003")).isEmpty();
    }

    // COI-004 ---------------------------------------------------------------------------------

    @Test
    void flagsDeclarationNotReviewedForOverTwelveMonths() {
        var outcome = fixture().set("declarations[person=ceo].declared-on", "2025-10-31").validate();
        assertThat(outcome.findings("COI-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("ceo");
            assertThat(d.location().file()).isEqualTo("declarations.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("Eve Chief", "last reviewed on 2025-10-31", "due by 2026-10-31");
        });
    }

    @Test
    void acceptsDeclarationReviewedExactlyTwelveMonthsAgo() {
        var outcome = fixture().set("declarations[person=ceo].declared-on", "2025-11-01").validate();
        assertThat(outcome.findings("COI-004")).isEmpty();
    }

    @Test
    void acceptsOldDeclarationWithARecentReview() {
        var outcome = fixture()
                .set("declarations[person=ceo].declared-on", "2022-07-01")
                .set("declarations[person=ceo].reviewed-on", "2026-06-01")
                .validate();
        assertThat(outcome.findings("COI-004")).isEmpty();
    }

    @Test
    void flagsStaleReviewAtTheReviewDate() {
        var outcome = fixture()
                .set("declarations[person=cfo].declared-on", "2022-07-01")
                .set("declarations[person=cfo].reviewed-on", "2025-06-01")
                .validate();
        assertThat(outcome.findings("COI-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("cfo");
            assertThat(d.message()).contains("Finn Money", "2025-06-01", "2026-06-01");
        });
    }

    // COI-004, changes recorded within 28 days ---------------------------------------------------

    @Test
    void flagsAChangeRecordedMoreThan28DaysAfterItBegan() {
        var outcome = fixture()
                .set(GP_INTEREST + ".from", "2026-05-01")
                .set(GP_INTEREST + ".recorded-on", "2026-06-15")
                .validate();
        assertThat(outcome.findings("COI-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("gp-partner");
            assertThat(d.message()).contains("began on 2026-05-01", "recorded on 2026-06-15", "45 days later");
            assertThat(d.location().file()).isEqualTo("declarations.yaml");
        });
    }

    @Test
    void acceptsAChangeRecordedWithin28Days() {
        var outcome = fixture()
                .set(GP_INTEREST + ".from", "2026-05-01")
                .set(GP_INTEREST + ".recorded-on", "2026-05-29")
                .validate();
        assertThat(outcome.findings("COI-004")).isEmpty();
    }

    @Test
    void asksWhenAnInterestThatBeganAfterTheDeclarationWasRecorded() {
        var outcome = fixture().set(GP_INTEREST + ".from", "2026-06-01").validate();
        assertThat(outcome.findings("COI-004")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("after the declaration of 2026-04-01", "does not say when it was recorded"));
    }
}
