package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitteeRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    @Test
    void acceptsTheFixtureCommittees() {
        Outcome outcome = fixture().validate();
        for (String rule : List.of("CTE-001", "CTE-002", "CTE-003", "CTE-004", "CTE-005", "CTE-006")) {
            assertThat(outcome.findings(rule)).as(rule).isEmpty();
        }
    }

    // CTE-001 ---------------------------------------------------------------------------------

    @Test
    void rejectsBoardWithoutAuditCommittee() {
        var outcome = fixture().remove("committees[id=audit]").validate();
        assertThat(outcome.findings("CTE-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("board.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("NHS Northshire and Riverton Board", "no audit committee");
        });
    }

    @Test
    void rejectsAuditCommitteeThatDoesNotReportToTheBoard() {
        var outcome = fixture().set("committees[id=audit].reports-to", "quality").validate();
        assertThat(outcome.findings("CTE-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("committees.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("Audit and Risk Committee", "reports to Quality and Safety Committee");
        });
    }

    @Test
    void acceptsAnAuditSubCommitteeBesideTheBoardsOwn() {
        // A separate file, as a definition may split its committees across files.
        var outcome = fixture().write("audit-sub-committee.yaml", """
                committees:
                  - id: audit-sub
                    name: Counter Fraud Sub-committee
                    kind: audit
                    type: sub-committee
                    purpose: Oversees counter fraud work.
                    responsibilities: [Review the counter fraud plan]
                    chair: ine-audit
                    members: [{ person: ine-audit }, { person: cfo }]
                    quorum: { members: 2 }
                    reports-to: audit
                """).validate();
        assertThat(outcome.findings("CTE-001")).isEmpty();
        assertThat(outcome.findings("CTE-003")).isEmpty();
    }

    // CTE-002 ---------------------------------------------------------------------------------

    @Test
    void rejectsBoardWithoutRemunerationCommittee() {
        var outcome = fixture().remove("committees[id=remuneration]").validate();
        assertThat(outcome.findings("CTE-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("board.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("no remuneration committee");
        });
        assertThat(outcome.findings("CTE-001")).isEmpty();
    }

    @Test
    void acceptsRemunerationCommitteeUnderAnotherName() {
        var outcome = fixture().set("committees[id=remuneration].name", "Pay and Terms of Service Committee").validate();
        assertThat(outcome.findings("CTE-002")).isEmpty();
    }

    // CTE-003 ---------------------------------------------------------------------------------

    @Test
    void listsEverythingMissingFromTermsOfReferenceInOneFinding() {
        var outcome = fixture()
                .remove("committees[id=quality].purpose")
                .remove("committees[id=quality].chair")
                .remove("committees[id=quality].reports-to")
                .validate();
        assertThat(outcome.findings("CTE-003")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("committees.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("quality");
            assertThat(d.message()).contains("Quality and Safety Committee", "purpose", "chair", "the body it reports to");
            assertThat(d.message()).doesNotContain("quorum", "members");
        });
    }

    @Test
    void rejectsCommitteeWithNeitherResponsibilitiesNorDelegatedFunctions() {
        var outcome = fixture().remove("committees[id=audit].responsibilities").validate();
        assertThat(outcome.findings("CTE-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("audit");
            assertThat(d.location().file()).isEqualTo("committees.yaml");
            assertThat(d.message()).contains("Audit and Risk Committee", "functions delegated to it");
        });
    }

    @Test
    void rejectsCommitteeWithoutMembersOrQuorum() {
        var outcome = fixture()
                .remove("committees[id=ipph].members")
                .remove("committees[id=ipph].quorum")
                .validate();
        assertThat(outcome.findings("CTE-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("ipph");
            assertThat(d.message()).contains("its members", "its quorum");
        });
    }

    @Test
    void acceptsDelegationInPlaceOfResponsibilities() {
        // The primary care committee lists no responsibilities; delegation D1 gives it its function.
        var outcome = fixture().validate();
        assertThat(outcome.findings("CTE-003")).isEmpty();

        var withoutDelegation = fixture().remove("delegations[id=D1]").validate();
        assertThat(withoutDelegation.findings("CTE-003")).singleElement()
                .satisfies(d -> assertThat(d.subject()).isEqualTo("primary-care"));
    }

    // CTE-004 ---------------------------------------------------------------------------------

    @Test
    void rejectsCommitteeQuorumLargerThanItsMembership() {
        var outcome = fixture().set("committees[id=riverton-place-committee].quorum.members", 3).validate();
        assertThat(outcome.findings("CTE-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("riverton-place-committee");
            assertThat(d.location().file()).isEqualTo("committees.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("Riverton Place Committee", "3 voting members", "only 2");
        });
    }

    @Test
    void countsOnlyVotingCommitteeMembersTowardsTheQuorum() {
        var outcome = fixture().set("committees[id=riverton-place-committee].members[person=cfo].voting", false).validate();
        assertThat(outcome.findings("CTE-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("riverton-place-committee");
            assertThat(d.message()).contains("only 1");
        });
    }

    @Test
    void acceptsQuorumEqualToTheVotingMembership() {
        var outcome = fixture().set("committees[id=audit].quorum.members", 3).validate();
        assertThat(outcome.findings("CTE-004")).isEmpty();
    }

    @Test
    void rejectsBoardQuorumLargerThanTheBoard() {
        var outcome = fixture().set("board.quorum.members", 12).validate();
        assertThat(outcome.findings("CTE-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("board");
            assertThat(d.location().file()).isEqualTo("board.yaml");
            assertThat(d.message()).contains("NHS Northshire and Riverton Board", "12", "only 11");
        });
    }

    @Test
    void rejectsQuorumOfNobody() {
        var outcome = fixture().set("committees[id=audit].quorum.members", 0).validate();
        assertThat(outcome.findings("CTE-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("audit");
            assertThat(d.message()).contains("at least one");
        });
    }

    @Test
    void checksTheIcpQuorumAgainstMembersWhoAreNamedPeople() {
        // Four of the five ICP members name a person; the VCSE seat names only an organisation.
        var tooMany = fixture().set("icp.quorum", Map.of("members", 5)).validate();
        assertThat(tooMany.findings("CTE-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("icp");
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.message()).contains("Northshire and Riverton Integrated Care Partnership", "only 4");
        });
        assertThat(fixture().set("icp.quorum", Map.of("members", 4)).validate().findings("CTE-004")).isEmpty();
    }

    // CTE-005 ---------------------------------------------------------------------------------

    @Test
    void rejectsBoardChairAsAuditChair() {
        var outcome = fixture().set("committees[id=audit].chair", "chair").validate();
        assertThat(outcome.findings("CTE-005")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("audit");
            assertThat(d.location().file()).isEqualTo("committees.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("Alex Chair", "Audit and Risk Committee", "chair of the board", "audit or finance expertise");
        });
    }

    @Test
    void rejectsExecutiveAsAuditChair() {
        var outcome = fixture().set("committees[id=audit].chair", "cfo").validate();
        assertThat(outcome.findings("CTE-005")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("audit");
            assertThat(d.message()).contains("Finn Money", "director of finance", "not as an independent non-executive member");
            assertThat(d.message()).doesNotContain("expertise");
        });
    }

    @Test
    void rejectsAuditChairWithoutAuditOrFinanceExpertise() {
        var outcome = fixture().set("people[id=ine-audit].expertise", List.of("governance")).validate();
        assertThat(outcome.findings("CTE-005")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("audit");
            assertThat(d.message()).contains("Bea Audit", "no recorded audit or finance expertise");
        });
    }

    @Test
    void acceptsAuditChairWithFinanceExpertiseAlone() {
        var outcome = fixture().set("people[id=ine-audit].expertise", List.of("finance")).validate();
        assertThat(outcome.findings("CTE-005")).isEmpty();
    }

    @Test
    void rejectsAuditChairAsRemunerationChair() {
        var outcome = fixture().set("committees[id=remuneration].chair", "ine-audit").validate();
        assertThat(outcome.findings("CTE-005")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("remuneration");
            assertThat(d.message()).contains("Bea Audit", "Remuneration Committee", "also chairs the audit committee");
        });
    }

    @Test
    void rejectsBoardChairAsRemunerationChair() {
        var outcome = fixture().set("committees[id=remuneration].chair", "chair").validate();
        assertThat(outcome.findings("CTE-005")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("remuneration");
            assertThat(d.message()).contains("Alex Chair", "chair of the board");
        });
    }

    @Test
    void rejectsPartnerMemberAsRemunerationChair() {
        var outcome = fixture().set("committees[id=remuneration].chair", "la-partner").validate();
        assertThat(outcome.findings("CTE-005")).singleElement().satisfies(d ->
                assertThat(d.message()).contains("Kit Council", "partner member", "not as a non-executive member"));
    }

    @Test
    void acceptsAnotherIndependentMemberAsRemunerationChair() {
        var outcome = fixture().set("committees[id=remuneration].chair", "ine-deputy").validate();
        assertThat(outcome.findings("CTE-005")).isEmpty();
    }

    // CTE-006 ---------------------------------------------------------------------------------

    @Test
    void flagsBoardWithoutQualityCommittee() {
        var outcome = fixture().set("committees[id=quality].kind", "other").validate();
        assertThat(outcome.findings("CTE-006")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isNull();
            assertThat(d.location().file()).isEqualTo("committees.yaml");
            assertThat(d.message()).contains("no committee for quality");
        });
    }

    @Test
    void flagsMissingSystemQualityGroup() {
        var outcome = fixture().remove("quality.system-quality-group").validate();
        assertThat(outcome.findings("CTE-006")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isNull();
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.message()).contains("System Quality Group");
        });
    }

    @Test
    void flagsMissingQualityGovernanceSection() {
        var outcome = fixture().remove("quality").validate();
        assertThat(outcome.findings("CTE-006")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("System Quality Group"));
    }

    @Test
    void acceptsQualityCommitteeUnderAnotherName() {
        var outcome = fixture().set("committees[id=quality].name", "Quality Committee").validate();
        assertThat(outcome.findings("CTE-006")).isEmpty();
    }
}
