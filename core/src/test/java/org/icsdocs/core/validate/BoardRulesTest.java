package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    /** Asserts one finding of the rule, about the subject, located in the file, saying the words. */
    private static Diagnostic single(Outcome outcome, String rule, String subject, String file, String... words) {
        List<Diagnostic> found = outcome.findings(rule);
        assertThat(found).as(rule + " findings").hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(d.subject()).isEqualTo(subject);
        assertThat(d.location().file()).isEqualTo(file);
        assertThat(d.location().line()).isPositive();
        assertThat(d.message()).contains(words);
        assertThat(d.hint()).isNotBlank();
        return d;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Nested
    class Chair {

        @Test
        void flagsBoardWithoutChair() {
            var outcome = fixture().set("board.members[person=chair].role", "independent-non-executive").validate();
            single(outcome, "BRD-001", null, "board.yaml", "no chair");
        }

        @Test
        void rejectsSecondChair() {
            var outcome = fixture().set("board.members[person=ine-people].role", "chair").validate();
            single(outcome, "BRD-001", "ine-people", "board.yaml", "2 chairs", "Dee People", "Alex Chair");
        }

        @Test
        void rejectsChairMarkedNotIndependent() {
            var outcome = fixture().set("board.members[person=chair].independent", false).validate();
            single(outcome, "BRD-001", "chair", "board.yaml", "Alex Chair", "not independent");
        }

        @Test
        void acceptsChairIndependentByRoleWithoutExplicitFlag() {
            var outcome = fixture().remove("board.members[person=chair].independent").validate();
            assertThat(outcome.findings("BRD-001")).isEmpty();
        }
    }

    @Nested
    class IndependentMembers {

        @Test
        void flagsOnlyOneIndependentMemberBesidesChair() {
            var outcome = fixture()
                    .remove("board.members[person=ine-people]")
                    .set("board.members[person=ine-audit].independent", false)
                    .validate();
            single(outcome, "BRD-002", null, "board.yaml", "1 independent non-executive member", "at least 2", "marked not independent");
        }

        @Test
        void acceptsExactlyTwoIndependentMembers() {
            var outcome = fixture().remove("board.members[person=ine-people]").validate();
            assertThat(outcome.findings("BRD-002")).isEmpty();
        }
    }

    @Nested
    class Executives {

        @Test
        void flagsMissingChiefExecutive() {
            var outcome = fixture().remove("board.members[person=ceo]").validate();
            single(outcome, "BRD-003", null, "board.yaml", "no chief executive");
        }

        @Test
        void acceptsChiefExecutiveWithOwnTitle() {
            var outcome = fixture().set("board.members[person=ceo].title", "Chief Executive and Accountable Officer").validate();
            assertThat(outcome.findings("BRD-003")).isEmpty();
        }

        @Test
        void flagsEachMissingExecutiveDirector() {
            var outcome = fixture()
                    .remove("board.members[person=cfo]")
                    .remove("board.members[person=cno]")
                    .validate();
            assertThat(outcome.findings("BRD-004")).hasSize(2)
                    .allSatisfy(d -> {
                        assertThat(d.subject()).isNull();
                        assertThat(d.location().file()).isEqualTo("board.yaml");
                    })
                    .extracting(Diagnostic::message)
                    .containsExactlyInAnyOrder("The board has no director of finance", "The board has no director of nursing");
        }

        @Test
        void acceptsExecutiveDirectorsWithOwnTitles() {
            var outcome = fixture()
                    .set("board.members[person=cno].title", "Chief Nurse")
                    .set("board.members[person=cmo].title", "Chief Medical Officer")
                    .validate();
            assertThat(outcome.findings("BRD-004")).isEmpty();
        }
    }

    @Nested
    class PartnerMembers {

        @Test
        void flagsMissingPrimaryCarePartner() {
            var outcome = fixture().remove("board.members[person=gp-partner]").validate();
            assertThat(outcome.findings("BRD-005")).hasSize(2)
                    .allSatisfy(d -> assertThat(d.subject()).isNull())
                    .extracting(Diagnostic::message)
                    .anySatisfy(m -> assertThat(m).contains("2 partner members", "at least 3"))
                    .anySatisfy(m -> assertThat(m).contains("primary medical services"));
        }

        @Test
        void flagsPartnerMemberWithoutSector() {
            var outcome = fixture().remove("board.members[person=gp-partner].partner-sector").validate();
            assertThat(outcome.findings("BRD-005")).hasSize(2)
                    .anySatisfy(d -> {
                        assertThat(d.subject()).isEqualTo("gp-partner");
                        assertThat(d.location().file()).isEqualTo("board.yaml");
                        assertThat(d.message()).contains("Dr Jo Practice", "does not record the sector");
                    })
                    .anySatisfy(d -> assertThat(d.message()).contains("No partner member", "primary medical services"));
        }

        @Test
        void acceptsFourthPartnerMember() {
            var outcome = fixture()
                    .add("board.members", map("person", "hw-rep", "role", "partner-member", "partner-sector", "nhs-trusts"))
                    .validate();
            assertThat(outcome.findings("BRD-005")).isEmpty();
        }

        @Test
        void rejectsDistrictCouncilAsLocalAuthorityPartner() {
            var outcome = fixture().set("people[id=la-partner].employer", "eastdale-dc").validate();
            single(outcome, "BRD-006", "la-partner", "board.yaml", "Eastdale District Council", "district council", "social care");
        }

        @Test
        void rejectsCouncilOutsideTheArea() {
            var outcome = fixture()
                    .write("extra.yaml", """
                            organisations:
                              - { id: westshire-council, name: Westshire Council, kind: local-authority, tier: unitary, ods-code: "905" }
                            """)
                    .set("people[id=la-partner].employer", "westshire-council")
                    .validate();
            single(outcome, "BRD-006", "la-partner", "board.yaml", "Westshire Council", "not one of the ICS's local authorities");
        }

        @Test
        void rejectsLocalAuthorityPartnerFromTrust() {
            var outcome = fixture().set("people[id=la-partner].employer", "northshire-hospitals").validate();
            single(outcome, "BRD-006", "la-partner", "board.yaml", "Kit Council", "Northshire Hospitals NHS Foundation Trust", "not a local authority");
        }

        @Test
        void acceptsUnitaryCouncilAsLocalAuthorityPartner() {
            var outcome = fixture().set("people[id=la-partner].employer", "riverton-council").validate();
            assertThat(outcome.findings("BRD-006")).isEmpty();
        }

        @Test
        void rejectsTrustPartnerFromTrustOutsideTheArea() {
            var outcome = fixture()
                    .write("extra.yaml", """
                            organisations:
                              - { id: westshire-hospitals, name: Westshire Hospitals NHS Trust, kind: nhs-trust, ods-code: RZ9, operates-in-area: false }
                            """)
                    .set("people[id=trust-partner].employer", "westshire-hospitals")
                    .validate();
            single(outcome, "BRD-007", "trust-partner", "board.yaml", "Westshire Hospitals NHS Trust", "does not provide services in the ICS's area");
        }

        @Test
        void rejectsTrustPartnerFromPractice() {
            var outcome = fixture().set("people[id=trust-partner].employer", "riverside-surgery").validate();
            single(outcome, "BRD-007", "trust-partner", "board.yaml", "Riverside Surgery", "not an NHS trust or foundation trust");
        }

        @Test
        void rejectsPrimaryCarePartnerFromPcn() {
            var outcome = fixture().set("people[id=gp-partner].employer", "eastdale-pcn").validate();
            single(outcome, "BRD-007", "gp-partner", "board.yaml", "Eastdale PCN", "primary care network", "primary medical services");
        }

        @Test
        void rejectsPrimaryCarePartnerWithoutEmployer() {
            var outcome = fixture().remove("people[id=gp-partner].employer").validate();
            single(outcome, "BRD-007", "gp-partner", "board.yaml", "Dr Jo Practice", "records no employer");
        }

        @Test
        void acceptsTrustPartnerFromNhsTrustInTheArea() {
            var outcome = fixture().set("people[id=trust-partner].employer", "riverton-hospital").validate();
            assertThat(outcome.findings("BRD-007")).isEmpty();
        }
    }

    @Nested
    class Independence {

        private DefinitionFixture withTrustPosition(String to) {
            Map<String, Object> position = map("organisation", "northshire-hospitals", "role", "Non-executive director", "from", "2024-01-01");
            if (to != null) {
                position.put("to", to);
            }
            return fixture().set("people[id=ine-people].positions", new java.util.ArrayList<>(List.of(position)));
        }

        @Test
        void flagsIndependentMemberHoldingPositionAtTrustInFootprint() {
            var outcome = withTrustPosition(null).validate();
            single(outcome, "BRD-008", "ine-people", "people.yaml", "Dee People", "Non-executive director",
                    "Northshire Hospitals NHS Foundation Trust", "health and care organisation");
        }

        @Test
        void flagsPositionEndingOnTheDayOfJudgement() {
            var outcome = withTrustPosition(DefinitionFixture.AS_OF.toString()).validate();
            single(outcome, "BRD-008", "ine-people", "people.yaml", "Northshire Hospitals NHS Foundation Trust");
        }

        @Test
        void acceptsPositionThatHasEnded() {
            var outcome = withTrustPosition(DefinitionFixture.AS_OF.minusDays(1).toString()).validate();
            assertThat(outcome.findings("BRD-008")).isEmpty();
        }

        @Test
        void acceptsPositionAtIcbOutsideTheFootprint() {
            var outcome = fixture()
                    .set("people[id=ine-people].positions", List.of(map("organisation", "westshire-icb", "role", "Non-executive member")))
                    .validate();
            assertThat(outcome.findings("BRD-008")).isEmpty();
        }

        @Test
        void flagsChairEmployedByCouncilInTheArea() {
            var outcome = fixture().set("people[id=chair].employer", "northshire-cc").validate();
            single(outcome, "BRD-008", "chair", "people.yaml", "Alex Chair", "employed by Northshire County Council");
        }

        @Test
        void acceptsPartnerMemberEmployedByTrust() {
            var outcome = fixture().validate();
            assertThat(outcome.findings("BRD-008")).isEmpty();
            assertThat(outcome.justified("BRD-008")).isEmpty();
        }

        @Test
        void silencesJustifiedPosition() {
            var outcome = withTrustPosition(null)
                    .write("extra.yaml", """
                            justifications:
                              - { rule: BRD-008, subject: ine-people, reason: Steps down from the trust board in March. }
                            """)
                    .validate();
            assertThat(outcome.findings("BRD-008")).isEmpty();
            assertThat(outcome.justified("BRD-008")).singleElement().satisfies(d -> assertThat(d.subject()).isEqualTo("ine-people"));
        }
    }

    @Nested
    class ExecutiveEmployment {

        @Test
        void flagsExecutiveEmployedOutsideTheIcb() {
            var outcome = fixture().set("people[id=cfo].employer", "northshire-hospitals").validate();
            single(outcome, "BRD-009", "cfo", "people.yaml", "Finn Money", "director of finance",
                    "Northshire Hospitals NHS Foundation Trust", "not by NHS Northshire and Riverton Integrated Care Board");
        }

        @Test
        void flagsExecutiveWithoutEmployer() {
            var outcome = fixture().remove("people[id=cmo].employer").validate();
            single(outcome, "BRD-009", "cmo", "people.yaml", "Dr Gus Medic", "records no employer");
        }

        @Test
        void acceptsOtherExecutiveEmployedByIcb() {
            var outcome = fixture().add("board.members", map("person", "place-lead", "role", "other-executive")).validate();
            assertThat(outcome.findings("BRD-009")).isEmpty();
        }
    }

    @Nested
    class FitAndProper {

        @Test
        void flagsMissingCheck() {
            var outcome = fixture().remove("board.members[person=cfo].fit-and-proper").validate();
            single(outcome, "BRD-010", "cfo", "board.yaml", "Finn Money", "no fit and proper persons check");
        }

        @Test
        void flagsCheckNotMet() {
            var outcome = fixture().set("board.members[person=cmo].fit-and-proper.outcome", "not-met").validate();
            single(outcome, "BRD-010", "cmo", "board.yaml", "Dr Gus Medic", "did not meet the fit and proper persons check");
        }

        @Test
        void flagsEligibilityNotMetOrNotRecorded() {
            var outcome = fixture()
                    .set("board.members[person=cmo].fit-and-proper.eligibility-met", false)
                    .remove("board.members[person=cno].fit-and-proper.eligibility-met")
                    .validate();
            assertThat(outcome.findings("BRD-010")).hasSize(2)
                    .anySatisfy(d -> {
                        assertThat(d.subject()).isEqualTo("cmo");
                        assertThat(d.message()).contains("does not meet the constitution's eligibility criteria");
                    })
                    .anySatisfy(d -> {
                        assertThat(d.subject()).isEqualTo("cno");
                        assertThat(d.message()).contains("does not record whether");
                    });
        }

        @Test
        void reportsBothFailuresOfOneMemberTogether() {
            var outcome = fixture()
                    .set("board.members[person=cmo].fit-and-proper.outcome", "not-met")
                    .set("board.members[person=cmo].fit-and-proper.eligibility-met", false)
                    .validate();
            single(outcome, "BRD-010", "cmo", "board.yaml", "did not meet the fit and proper persons check", "eligibility criteria");
        }

        @Test
        void acceptsMetCheckWithEligibility() {
            var outcome = fixture().set("board.members[person=cmo].fit-and-proper.checked-on", "2022-06-01").validate();
            assertThat(outcome.findings("BRD-010")).isEmpty();
        }
    }

    @Nested
    class NonExecutiveMajority {

        @Test
        void isJustifiedInTheFixture() {
            var outcome = fixture().validate();
            assertThat(outcome.findings("BRD-011")).isEmpty();
            assertThat(outcome.justified("BRD-011")).singleElement().satisfies(d -> assertThat(d.subject()).isNull());
        }

        @Test
        void flagsMinorityOnceJustificationIsRemoved() {
            var outcome = fixture().remove("justifications[rule=BRD-011]").validate();
            single(outcome, "BRD-011", null, "board.yaml", "4 of the board's 11 voting members", "not a majority");
        }

        @Test
        void flagsExactlyHalfAsNoMajority() {
            var outcome = fixture()
                    .remove("justifications[rule=BRD-011]")
                    .set("board.members[person=trust-partner].voting", false)
                    .set("board.members[person=gp-partner].voting", false)
                    .set("board.members[person=la-partner].voting", false)
                    .validate();
            single(outcome, "BRD-011", null, "board.yaml", "4 of the board's 8 voting members");
        }

        @Test
        void acceptsMajorityOfVotingMembers() {
            var outcome = fixture()
                    .remove("justifications[rule=BRD-011]")
                    .set("board.members[person=trust-partner].voting", false)
                    .set("board.members[person=gp-partner].voting", false)
                    .set("board.members[person=la-partner].voting", false)
                    .set("board.members[person=cno].voting", false)
                    .validate();
            assertThat(outcome.findings("BRD-011")).isEmpty();
        }

        @Test
        void acceptsBoardWithEnoughIndependentMembers() {
            DefinitionFixture f = fixture().remove("justifications[rule=BRD-011]");
            StringBuilder people = new StringBuilder("people:\n");
            for (int i = 1; i <= 4; i++) {
                people.append("  - { id: ine-").append(i).append(", name: Extra Member ").append(i).append(", employer: northshire-icb }\n");
                f.add("board.members", map("person", "ine-" + i, "role", "independent-non-executive"));
            }
            var outcome = f.write("extra.yaml", people.toString()).validate();
            assertThat(outcome.findings("BRD-011")).isEmpty();
            assertThat(outcome.justified("BRD-011")).isEmpty();
        }
    }

    @Nested
    class PublicHealth {

        @Test
        void flagsDirectorOfPublicHealthWithoutOfficialRole() {
            var outcome = fixture()
                    .remove("committees[id=ipph].members[person=dph]")
                    .remove("icp.members[person=dph]")
                    .validate();
            single(outcome, "BRD-012", null, "board.yaml", "No director of public health", "Lee Health");
        }

        @Test
        void flagsSystemWithNoDirectorOfPublicHealth() {
            var outcome = fixture().remove("people[id=dph].statutory-roles").validate();
            single(outcome, "BRD-012", null, "board.yaml", "No director of public health has an official role");
        }

        @Test
        void acceptsDirectorOfPublicHealthOnlyOnTheIcp() {
            var outcome = fixture().remove("committees[id=ipph].members[person=dph]").validate();
            assertThat(outcome.findings("BRD-012")).isEmpty();
        }

        @Test
        void acceptsDirectorOfPublicHealthChairingTheIcp() {
            var outcome = fixture()
                    .remove("committees[id=ipph].members[person=dph]")
                    .remove("icp.members[person=dph]")
                    .set("icp.chair", "dph")
                    .validate();
            assertThat(outcome.findings("BRD-012")).isEmpty();
        }
    }

    @Nested
    class DeputyAndSeniorIndependent {

        @Test
        void flagsDeputyChairWhoChairsTheAuditCommittee() {
            var outcome = fixture().set("committees[id=audit].chair", "ine-deputy").validate();
            single(outcome, "BRD-013", "ine-deputy", "board.yaml", "Cal Deputy", "Audit and Risk Committee");
        }

        @Test
        void acceptsDeputyChairAsOrdinaryAuditCommitteeMember() {
            var outcome = fixture().validate();
            assertThat(outcome.findings("BRD-013")).isEmpty();
        }

        @Test
        void flagsBoardWithoutDeputyChair() {
            var outcome = fixture().remove("board.members[person=ine-deputy].deputy-chair").validate();
            single(outcome, "BRD-013", null, "board.yaml", "No board member is named deputy chair");
        }

        @Test
        void flagsExecutiveAsDeputyChair() {
            var outcome = fixture()
                    .remove("board.members[person=ine-deputy].deputy-chair")
                    .set("board.members[person=ceo].deputy-chair", true)
                    .validate();
            single(outcome, "BRD-013", "ceo", "board.yaml", "Eve Chief", "a chief executive", "not an independent non-executive");
        }

        @Test
        void flagsSecondSeniorIndependentMember() {
            var outcome = fixture().set("board.members[person=ine-people].senior-independent-member", true).validate();
            single(outcome, "BRD-013", "ine-people", "board.yaml", "Dee People", "second senior independent member", "Cal Deputy");
        }

        @Test
        void acceptsSeniorIndependentMemberWhoChairsAudit() {
            var outcome = fixture()
                    .remove("board.members[person=ine-deputy].senior-independent-member")
                    .set("board.members[person=ine-audit].senior-independent-member", true)
                    .validate();
            assertThat(outcome.findings("BRD-013")).isEmpty();
        }
    }

    @Nested
    class Disqualification {

        @Test
        void flagsMissingDeclaration() {
            var outcome = fixture().remove("board.members[person=cmo].disqualification").validate();
            single(outcome, "BRD-014", "cmo", "board.yaml", "Dr Gus Medic", "no declaration", "disqualification");
        }

        @Test
        void flagsAppliedCriterion() {
            var outcome = fixture()
                    .set("board.members[person=la-partner].disqualification.applies", List.of("member-of-parliament", "recent-conviction"))
                    .validate();
            single(outcome, "BRD-014", "la-partner", "board.yaml", "Kit Council", "disqualified", "member of Parliament", "recent conviction");
        }

        @Test
        void acceptsDeclarationWithNoCriteriaApplying() {
            var outcome = fixture().set("board.members[person=la-partner].disqualification.applies", List.of()).validate();
            assertThat(outcome.findings("BRD-014")).isEmpty();
        }
    }

    @Nested
    class MentalHealth {

        @Test
        void flagsBoardWithoutMentalHealthExperience() {
            var outcome = fixture()
                    .set("people[id=ine-deputy].expertise", List.of("governance"))
                    .set("people[id=dph].expertise", List.of("public-health", "mental-health"))
                    .validate();
            single(outcome, "BRD-015", null, "board.yaml", "ordinary member", "mental illness");
        }

        @Test
        void acceptsMentalHealthExperienceOfAnyMember() {
            var outcome = fixture()
                    .set("people[id=ine-deputy].expertise", List.of("governance"))
                    .set("people[id=trust-partner].expertise", List.of("mental-health"))
                    .validate();
            assertThat(outcome.findings("BRD-015")).isEmpty();
        }
    }

    @Nested
    class Appointments {

        @Test
        void flagsChairAppointedByTheIcb() {
            var outcome = fixture().set("board.members[person=chair].appointed-by", "northshire-icb").validate();
            single(outcome, "BRD-016", "chair", "board.yaml", "Alex Chair", "appointed by NHS Northshire and Riverton Integrated Care Board", "not NHS England");
        }

        @Test
        void flagsChairWithoutAppointmentDate() {
            var outcome = fixture().remove("board.members[person=chair].appointed-on").validate();
            single(outcome, "BRD-016", "chair", "board.yaml", "The chair", "date of appointment");
        }

        @Test
        void acceptsChairAppointedByAnyNhsEnglandOrganisation() {
            var outcome = fixture()
                    .write("extra.yaml", """
                            organisations:
                              - { id: nhse-region, name: NHS England Fictional Region, kind: nhs-england, ods-code: X25, operates-in-area: false }
                            """)
                    .set("board.members[person=chair].appointed-by", "nhse-region")
                    .validate();
            assertThat(outcome.findings("BRD-016")).isEmpty();
        }

        @Test
        void flagsEachMissingPartOfChiefExecutiveAppointment() {
            var outcome = fixture()
                    .remove("board.members[person=ceo].approved-by")
                    .remove("board.members[person=ceo].appointed-on")
                    .validate();
            assertThat(outcome.findings("BRD-016")).hasSize(2)
                    .allSatisfy(d -> {
                        assertThat(d.subject()).isEqualTo("ceo");
                        assertThat(d.location().file()).isEqualTo("board.yaml");
                    })
                    .extracting(Diagnostic::message)
                    .anySatisfy(m -> assertThat(m).contains("Eve Chief", "who approved"))
                    .anySatisfy(m -> assertThat(m).contains("date of appointment"));
        }

        @Test
        void flagsChiefExecutiveEmployedOutsideTheIcb() {
            var outcome = fixture().set("people[id=ceo].employer", "northshire-hospitals").validate();
            single(outcome, "BRD-016", "ceo", "people.yaml", "Eve Chief", "not an employee of NHS Northshire and Riverton Integrated Care Board");
        }

        @Test
        void acceptsChiefExecutiveAppointedByTheIcbWithNhsEnglandApproval() {
            var outcome = fixture().validate();
            assertThat(outcome.findings("BRD-016")).isEmpty();
        }
    }
}
