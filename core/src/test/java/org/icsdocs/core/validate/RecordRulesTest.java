package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.Action;
import org.icsdocs.core.model.BetweenMeetingsDecision;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.PublicQuestion;
import org.icsdocs.core.model.Resolution;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of meetings (REC) on broken copies of the Kent and Medway example, each finding at the key it is about. */
class RecordRulesTest {

    private static final Path EXAMPLE = Path.of("../example-site/src/main/ics");
    private static final String SEPTEMBER = "meetings[id=board-2026-09-10]";
    private static final String BCF = SEPTEMBER + ".agenda[title=Finance].items[number=5.1].resolutions[number=R26/16]";
    private static final List<String> RULES = List.of("REC-001", "REC-002", "REC-003", "REC-004", "REC-005", "REC-006", "REC-007");

    @TempDir
    Path temp;

    private DefinitionFixture example() {
        return DefinitionFixture.copyOf(EXAMPLE, temp.resolve("km"));
    }

    static Meeting meeting(Definition d, String id) {
        return d.meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    static Resolution resolution(Definition d, String meeting, String number) {
        return meeting(d, meeting).resolutions().stream().map(Meeting.Resolved::resolution)
                .filter(r -> number.equals(r.number())).findFirst().orElseThrow();
    }

    @Test
    void theExamplesRecordMeetsEveryRecordRule() {
        Outcome outcome = example().validate();
        for (String rule : RULES) {
            assertThat(outcome.findings(rule)).as(rule).isEmpty();
        }
    }

    // REC-001 --------------------------------------------------------------------------------

    private static final String DENTAL = "meetings[id=pccc-2026-10-22].agenda[title=Decisions].items[number=2.1]";

    @Test
    void flagsADecisionAboveTheCommitteesLimitNamingTheLimitAndWhoHoldsIt() {
        Outcome outcome = example().set(DENTAL + ".resolutions[number=PC26/04].amount", "£30m").validate();
        Location at = Located.keyIn(outcome, d -> resolution(d, "pccc-2026-10-22", "PC26/04").at().of("amount"));
        Located.single(outcome, "REC-001", at, "PC26/04", "Primary Care Commissioning Committee", "for £30m", "above its limit of £25m",
                "NHS Kent and Medway Board (no limit)");
    }

    @Test
    void flagsADecisionTheCommitteeHasNoAuthorityFor() {
        Outcome outcome = example().set(DENTAL + ".resolutions[number=PC26/04].category", "joint-forward-plan-and-strategies").validate();
        Location at = Located.keyIn(outcome, d -> resolution(d, "pccc-2026-10-22", "PC26/04").at().of("category"));
        Located.single(outcome, "REC-001", at, "no authority for", "reserved to the board", "NHS Kent and Medway Board");
    }

    @Test
    void flagsAnAgendaItemSeekingADecisionAboveTheCommitteesLimitBeforeTheMeeting() {
        Outcome outcome = example().set(DENTAL + ".amount", "£26m").validate();
        Location at = Located.keyIn(outcome, d -> meeting(d, "pccc-2026-10-22").items().stream()
                .filter(i -> "2.1".equals(i.number())).findFirst().orElseThrow().at().of("amount"));
        Located.single(outcome, "REC-001", at, "decision sought by item 2.1", "above its limit of £25m");
    }

    // REC-002 --------------------------------------------------------------------------------

    @Test
    void flagsADecisionLeftInquorateByWithdrawals() {
        Outcome outcome = example().set(BCF + ".withdrew", List.of("pm-kcc", "pm-medway", "pm-trust-mh", "pm-primary-care", "ine-mh", "ine-population"))
                .validate();
        Location at = Located.keyIn(outcome, d -> resolution(d, "board-2026-09-10", "R26/16").at().of("withdrew"));
        Located.single(outcome, "REC-002", at, "R26/16", "not quorate", "12 voting members were present", "6 withdrew", "leaving 6 of the 8");
    }

    @Test
    void aDecisionWithTheQuorumLeftAfterWithdrawalsIsQuorate() {
        // 12 present, 4 withdraw: the 8 left are the board's quorum (a majority of its 14 voting members)
        Outcome outcome = example().set(BCF + ".withdrew", List.of("pm-kcc", "pm-medway", "pm-trust-mh", "pm-primary-care"))
                .validate();
        assertThat(outcome.findings("REC-002")).isEmpty();
    }

    // REC-003 --------------------------------------------------------------------------------

    @Test
    void flagsAMemberWithAnInterestInTheItemsOrganisationWhoTookPartInTheDecision() {
        Outcome outcome = example().set(BCF + ".withdrew", List.of("pm-medway")).validate();
        Location at = Located.keyIn(outcome, d -> resolution(d, "board-2026-09-10", "R26/16").at().at());
        Located.single(outcome, "REC-003", at, "Joanna Kettleby", "R26/16", "Kent County Council");
    }

    @Test
    void aMemberTheChairAllowedToTakePartIsNotFlagged() {
        Outcome outcome = example().set(BCF + ".withdrew", List.of("pm-medway"))
                .add(BCF + ".took-part", java.util.Map.of("person", "pm-kcc", "reason", "The contribution is the council's own, agreed by its cabinet."))
                .validate();
        assertThat(outcome.findings("REC-003")).isEmpty();
    }

    // REC-004 --------------------------------------------------------------------------------

    @Test
    void flagsAChairsActionNotRatifiedAtTheNextMeeting() {
        Outcome outcome = example().remove("decisions-between-meetings[id=ca-2026-04-24].ratified-at").validate();
        Location at = Located.keyIn(outcome, d -> decision(d, "ca-2026-04-24").at().of("date"));
        Located.single(outcome, "REC-004", at, "chair's action", "ca-2026-04-24", "not recorded as ratified", "2026-05-14");
    }

    @Test
    void flagsAChairsActionRatifiedLaterThanTheNextMeeting() {
        Outcome outcome = example().set("decisions-between-meetings[id=ca-2026-04-24].ratified-at", "board-2026-07-09").validate();
        Location at = Located.keyIn(outcome, d -> decision(d, "ca-2026-04-24").at().of("ratifiedAt"));
        Located.single(outcome, "REC-004", at, "was ratified at 'board-2026-07-09'", "2026-05-14");
    }

    private static BetweenMeetingsDecision decision(Definition d, String id) {
        return d.decisionsBetweenMeetings().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    // REC-005 --------------------------------------------------------------------------------

    @Test
    void flagsMinutesNotApprovedAtTheNextMeeting() {
        Outcome outcome = example().set("meetings[id=board-2026-07-09].minutes-approved-at", "board-2026-11-05").validate();
        Location at = Located.keyIn(outcome, d -> meeting(d, "board-2026-07-09").at().of("minutesApprovedAt"));
        Located.single(outcome, "REC-005", at, "minutes of the meeting of NHS Kent and Medway Board on 2026-07-09", "2026-09-10");
    }

    @Test
    void takesMinutesOnTheNextAgendaAsApproved() {
        // the committee's August minutes are recorded as approved in October; the agenda item alone says so too
        Outcome outcome = example().remove("meetings[id=pccc-2026-08-20].minutes-approved-at").validate();
        assertThat(outcome.findings("REC-005")).isEmpty();
    }

    @Test
    void flagsMinutesWhenTheNextAgendaDoesNotTakeThem() {
        Outcome outcome = example().remove("meetings[id=pccc-2026-08-20].minutes-approved-at")
                .set("meetings[id=pccc-2026-10-22].agenda[title=Formalities].items[number=1.3].paper", "papers/2026-10-22-urgent-dental-care.md")
                .validate();
        Location at = Located.keyIn(outcome, d -> meeting(d, "pccc-2026-08-20").at().of("minutes"));
        Located.single(outcome, "REC-005", at, "Primary Care Commissioning Committee on 2026-08-20", "2026-10-22");
    }

    // REC-006 --------------------------------------------------------------------------------

    @Test
    void flagsAnOpenActionPastItsDueDateWithNoUpdateSince() {
        Outcome outcome = example().set(SEPTEMBER + ".actions[id=A8].due", "2026-10-01").validate();
        Location at = Located.keyIn(outcome, d -> action(d, "board-2026-09-10", "A8").at().of("due"));
        Located.single(outcome, "REC-006", at, "Action A8", "due on 2026-10-01", "no update since");
    }

    @Test
    void anUpdateAfterTheDueDateKeepsAnOverdueActionQuiet() {
        Outcome outcome = example().set(SEPTEMBER + ".actions[id=A8].due", "2026-10-01")
                .set(SEPTEMBER + ".actions[id=A8].updates", List.of(java.util.Map.of("on", "2026-10-20", "text", "Review moved to March with the board's agreement.")))
                .validate();
        assertThat(outcome.findings("REC-006")).isEmpty();
    }

    private static Action action(Definition d, String meeting, String id) {
        return meeting(d, meeting).actions().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    // REC-007 --------------------------------------------------------------------------------

    @Test
    void flagsAQuestionReceivedInTimeButNotAnswered() {
        Outcome outcome = example().remove(SEPTEMBER + ".questions[0].answer").validate();
        Location at = Located.keyIn(outcome, d -> question(d, "board-2026-09-10", 0).at().of("question"));
        Located.single(outcome, "REC-007", at, "received on 2026-09-03", "3 working days", "no answer");
    }

    @Test
    void aQuestionReceivedAfterTheNoticeNeedNotBeAnswered() {
        // 3 working days before Thursday 10 September 2026 is Monday 7 September
        Outcome outcome = example().remove(SEPTEMBER + ".questions[0].answer").set(SEPTEMBER + ".questions[0].received-on", "2026-09-08").validate();
        assertThat(outcome.findings("REC-007")).isEmpty();
    }

    private static PublicQuestion question(Definition d, String meeting, int n) {
        return meeting(d, meeting).questions().get(n);
    }

    @Test
    void countsWorkingDaysBackOverAWeekend() {
        assertThat(RecordRules.workingDaysBefore(java.time.LocalDate.of(2026, 9, 10), 3)).isEqualTo(java.time.LocalDate.of(2026, 9, 7));
        assertThat(RecordRules.workingDaysBefore(java.time.LocalDate.of(2026, 9, 7), 1)).isEqualTo(java.time.LocalDate.of(2026, 9, 4));
    }
}
