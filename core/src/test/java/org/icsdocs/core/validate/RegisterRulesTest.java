package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registers a public body keeps, on a broken copy of Kent and Medway: gifts and hospitality
 * and sponsorship (GHS), procurement decisions (PSR-003, PSR-004) and key policies (POL). Each
 * finding points at the key it is about; the example itself raises none of them.
 */
class RegisterRulesTest {

    private static final Path EXAMPLE = Path.of("../example-site/src/main/ics");

    @TempDir
    Path temp;

    private DefinitionFixture example() {
        Path target = temp.resolve("km");
        for (int n = 2; target.toFile().exists(); n++) {
            target = temp.resolve("km-" + n);
        }
        return DefinitionFixture.copyOf(EXAMPLE, target);
    }

    private static int gift(Outcome o, String id) {
        var gifts = o.load().definition().orElseThrow().gifts();
        for (int i = 0; i < gifts.size(); i++) {
            if (gifts.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no gift " + id);
    }

    private static int award(Outcome o, String id) {
        var awards = o.load().definition().orElseThrow().procurement().awards();
        for (int i = 0; i < awards.size(); i++) {
            if (awards.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no award " + id);
    }

    @Test
    void exampleKeepsEveryRegisterRule() {
        Outcome o = example().validate();
        for (String rule : List.of("GHS-001", "GHS-002", "PSR-003", "PSR-004", "PSR-005", "POL-001")) {
            assertThat(o.findings(rule)).as(rule).isEmpty();
        }
    }

    // GHS-001 ------------------------------------------------------------------------------

    @Test
    void warnsOfAGiftDeclaredMoreThan28DaysAfterTheOffer() {
        Outcome o = example().set("gifts[id=gh-2026-002].declared-on", "2026-07-02").validate();
        Located.single(o, "GHS-001", Located.keyIn(o, d -> d.gifts().get(gift(o, "gh-2026-002")).at().of("declaredOn")),
                "gh-2026-002", "2026-07-02", "more than 28 days");
    }

    @Test
    void warnsOfASponsorshipNeverDeclared() {
        Outcome o = example().remove("sponsorships[id=sp-2026-002].declared-on").validate();
        Located.single(o, "GHS-001", Located.keyIn(o, d -> d.sponsorships().get(1).at().at()), "sp-2026-002", "has not been declared", "2026-09-29");
    }

    @Test
    void leavesAnOfferNotYetDueForDeclaration() {
        Outcome o = example().set("gifts[id=gh-2026-003].offered-on", "2026-10-20").remove("gifts[id=gh-2026-003].declared-on").validate();
        assertThat(o.findings("GHS-001")).isEmpty();
    }

    // GHS-002 ------------------------------------------------------------------------------

    @Test
    void warnsOfAnAcceptedGiftOverFiftyPoundsWithoutADecision() {
        Outcome o = example().remove("gifts[id=gh-2026-003].approved-by").validate();
        Located.single(o, "GHS-002", Located.keyIn(o, d -> d.gifts().get(gift(o, "gh-2026-003")).at().of("outcome")),
                "gh-2026-003", "£80", "over the guidance's limit of £50");
    }

    @Test
    void warnsOfAcceptedHospitalityOverSeventyFivePoundsWithoutADecision() {
        Outcome o = example().set("gifts[id=gh-2026-001].value", "£95").validate();
        Located.single(o, "GHS-002", Located.keyIn(o, d -> d.gifts().get(gift(o, "gh-2026-001")).at().of("outcome")), "Hospitality", "£75");
    }

    @Test
    void acceptsHospitalityWithinTheLimitWithoutADecisionAndDeclinedGiftsOfAnyValue() {
        Outcome o = example().set("gifts[id=gh-2026-001].value", "£75").set("gifts[id=gh-2026-002].value", "£500").validate();
        assertThat(o.findings("GHS-002")).isEmpty();
    }

    @Test
    void warnsOfAcceptedSponsorshipWithoutApproval() {
        Outcome o = example().remove("sponsorships[id=sp-2026-001].approved-by").validate();
        Located.single(o, "GHS-002", Located.keyIn(o, d -> d.sponsorships().get(0).at().of("outcome")), "sp-2026-001", "who approved it");
    }

    // PSR-003 ------------------------------------------------------------------------------

    @Test
    void rejectsADecisionMakerWithAnInterestInTheProviderAndNoManagedConflict() {
        Outcome o = example()
                .set("procurement.awards[id=psr-2026-003].decision-makers", List.of("km-chair", "ceo", "dof", "cn", "cmd"))
                .remove("procurement.awards[id=psr-2026-003].conflicts")
                .validate();
        Located.single(o, "PSR-003", Located.keyIn(o, d -> d.procurement().awards().get(award(o, "psr-2026-003")).at().of("decisionMakers")),
                "Sunita Halvorsen", "psr-2026-003", "East Kent Hospitals");
    }

    @Test
    void acceptsAConflictedDecisionMakerWhoseConflictIsRecordedAsManaged() {
        Outcome o = example()
                .set("procurement.awards[id=psr-2026-003].decision-makers", List.of("km-chair", "ceo", "dof", "cn", "cmd"))
                .validate();
        assertThat(o.findings("PSR-003")).isEmpty();
    }

    @Test
    void ignoresAnInterestThatEndedBeforeTheDecision() {
        Outcome o = example()
                .set("procurement.awards[id=psr-2026-003].decision-makers", List.of("km-chair", "ceo", "dof", "cn", "cmd"))
                .remove("procurement.awards[id=psr-2026-003].conflicts")
                .set("declarations[person=cmd].interests[0].to", "2026-06-30")
                .validate();
        assertThat(o.findings("PSR-003")).isEmpty();
    }

    // PSR-004 ------------------------------------------------------------------------------

    @Test
    void rejectsAnAwardNoticePublishedMoreThan30DaysAfterTheAward() {
        Outcome o = example().set("procurement.awards[id=psr-2026-003].notice-published-on", "2026-08-25").validate();
        Located.single(o, "PSR-004", Located.keyIn(o, d -> d.procurement().awards().get(award(o, "psr-2026-003")).at().of("noticePublishedOn")),
                "psr-2026-003", "2026-08-25", "2026-07-23");
    }

    @Test
    void rejectsAnAwardWithNoNoticeOnceTheThirtyDaysHaveRun() {
        Outcome o = example().remove("procurement.awards[id=psr-2026-003].notice-published-on").validate();
        Located.single(o, "PSR-004", Located.keyIn(o, d -> d.procurement().awards().get(award(o, "psr-2026-003")).at().at()),
                "psr-2026-003", "due by 2026-08-22");
    }

    @Test
    void countsTheThirtyDaysFromTheDecisionWhenTheAwardDayIsNotRecorded() {
        DefinitionFixture late = example().set("procurement.awards[id=psr-2026-003].notice-published-on", "2026-08-12");
        assertThat(late.validate().findings("PSR-004")).as("within 30 days of the award on 23 July").isEmpty();
        Outcome o = late.remove("procurement.awards[id=psr-2026-003].awarded-on").validate();
        Located.single(o, "PSR-004", Located.keyIn(o, d -> d.procurement().awards().get(award(o, "psr-2026-003")).at().of("noticePublishedOn")),
                "2026-08-12", "2026-07-09");
    }

    // PSR-005 ------------------------------------------------------------------------------

    @Test
    void rejectsAnAwardDecidedByABodyTheSchemeGivesNoAuthority() {
        Outcome o = example().set("procurement.awards[id=psr-2026-003].decided-by", "quality").validate();
        Located.single(o, "PSR-005", Located.keyIn(o, d -> d.procurement().awards().get(award(o, "psr-2026-003")).at().of("decidedBy")),
                "psr-2026-003", "£6.2m", "direct award process A, B or C");
    }

    @Test
    void rejectsAnAwardThatNamesNoAuthority() {
        Outcome o = example().remove("procurement.awards[id=psr-2025-014].authority").validate();
        Located.single(o, "PSR-005", Located.keyIn(o, d -> d.procurement().awards().get(award(o, "psr-2025-014")).at().at()),
                "psr-2025-014", "does not say which category");
    }

    // POL-001 ------------------------------------------------------------------------------

    @Test
    void warnsOfAPolicyPastItsReviewDate() {
        Outcome o = example().set("policies[id=foi-policy].review-due", "2026-10-31").validate();
        Located.single(o, "POL-001", Located.keyIn(o, d -> d.policies().get(1).at().of("reviewDue")), "Freedom of information", "2026-10-31");
    }

    @Test
    void acceptsAPolicyDueForReviewOnTheDayItIsJudged() {
        Outcome o = example().set("policies[id=foi-policy].review-due", "2026-11-01").validate();
        assertThat(o.findings("POL-001")).isEmpty();
    }

}
