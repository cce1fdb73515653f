package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Delegation;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CON: contradictions inside a definition, each reported at both of its ends, each naming the other. */
class ConsistencyRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    private static IcbFunction function(Definition d, String id) {
        return d.functions().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static Committee committee(Definition d, String id) {
        return d.committees().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Delegation delegation(Definition d, String id) {
        return d.delegations().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    /** Both ends reported, and each message names the other end's file:line:col. */
    private static void atBothEnds(Outcome outcome, String rule, Location first, Location second, String... words) {
        List<Diagnostic> found = Located.at(outcome, rule, first, second);
        for (Diagnostic d : found) {
            Location other = d.location().equals(first) ? second : first;
            assertThat(d.message()).contains(words).contains("see also " + other);
        }
    }

    @Test
    void rejectsFunctionReservedToTheBoardYetExercisedByACommittee() {
        var outcome = fixture().set("functions[id=F01].exercised-by", "ipph").validate();
        atBothEnds(outcome, "CON-001",
                Located.keyIn(outcome, d -> function(d, "F01").at().of("reservedToBoard")),
                Located.keyIn(outcome, d -> function(d, "F01").at().of("exercisedBy")),
                "F01", "reserved to the board", "Inequalities, Prevention and Population Health Committee");
    }

    @Test
    void acceptsReservedFunctionExercisedByTheBoardItself() {
        var outcome = fixture().set("functions[id=F01].exercised-by", "board").validate();
        assertThat(outcome.findings("CON-001")).isEmpty();
    }

    @Test
    void rejectsCommitteeChairWhoIsNotAMember() {
        var outcome = fixture().set("committees[id=quality].chair", "ine-people").validate();
        atBothEnds(outcome, "CON-002",
                Located.keyIn(outcome, d -> committee(d, "quality").at().of("chair")),
                Located.keyIn(outcome, d -> committee(d, "quality").at().of("members")),
                "Dee People", "chair of Quality and Safety Committee", "not among its members");
    }

    @Test
    void rejectsViceChairWhoIsNotAMember() {
        var outcome = fixture().set("committees[id=audit].vice-chair", "cno").validate();
        atBothEnds(outcome, "CON-002",
                Located.keyIn(outcome, d -> committee(d, "audit").at().of("viceChair")),
                Located.keyIn(outcome, d -> committee(d, "audit").at().of("members")),
                "Hana Nurse", "vice chair");
    }

    @Test
    void acceptsCommitteesChairedByTheirMembers() {
        assertThat(fixture().validate().findings("CON-002")).isEmpty();
    }

    @Test
    void rejectsMeetingChairedBySomeoneOutsideTheBody() {
        var outcome = fixture().set("meetings[id=board-2026-09].chair", "dph").validate();
        atBothEnds(outcome, "CON-003",
                Located.keyIn(outcome, d -> d.meetings().get(0).at().of("chair")),
                Located.keyIn(outcome, d -> d.board().at().of("members")),
                "board-2026-09", "Lee Health", "not a member of NHS Northshire and Riverton Board");
    }

    @Test
    void acceptsMeetingChairedByAMemberOfTheBody() {
        var outcome = fixture().set("meetings[id=board-2026-09].chair", "ine-deputy").validate();
        assertThat(outcome.findings("CON-003")).isEmpty();
    }

    @Test
    void rejectsDelegationToAPlaceRunAsAConsultativeForum() {
        var outcome = fixture().set("delegations[id=D2].to", "northshire-place").validate();
        atBothEnds(outcome, "CON-004",
                Located.keyIn(outcome, d -> delegation(d, "D2").at().of("to")),
                Located.keyIn(outcome, d -> d.places().get(0).governance().at().of("model")),
                "D2", "Northshire Health and Care Partnership", "consultative forum");
    }

    @Test
    void rejectsDelegationToAVoluntarySectorOrganisation() {
        var outcome = fixture().set("delegations[id=D2].to", "northshire-vcse").validate();
        Location org = Located.keyIn(outcome, d -> d.organisations().stream().filter(o -> o.id().equals("northshire-vcse"))
                .findFirst().orElseThrow().at().of("kind"));
        atBothEnds(outcome, "CON-004", Located.keyIn(outcome, d -> delegation(d, "D2").at().of("to")), org,
                "Northshire VCSE Alliance", "not a body an ICB may arrange to exercise its functions");
    }

    @Test
    void rejectsDelegationToTheIntegratedCarePartnership() {
        var outcome = fixture().set("delegations[id=D2].to", "icp").validate();
        atBothEnds(outcome, "CON-004",
                Located.keyIn(outcome, d -> delegation(d, "D2").at().of("to")),
                Located.keyIn(outcome, d -> d.icp().at().at()),
                "integrated care partnership");
    }

    @Test
    void acceptsDelegationsToCommitteesTrustsAndCouncils() {
        var outcome = fixture()
                .add("delegations", Map.of("id", "D6", "function", "F12", "from", "board", "to", "northshire-cc", "reports-to", "board"))
                .validate();
        assertThat(outcome.findings("CON-004")).isEmpty();
    }

    @Test
    void rejectsPooledBudgetHostedByANonPartner() {
        var outcome = fixture().set("finance.pooled-budgets[id=bcf-northshire].host", "riverton-council").validate();
        atBothEnds(outcome, "CON-005",
                Located.keyIn(outcome, d -> d.finance().pooledBudgets().get(0).at().of("host")),
                Located.keyIn(outcome, d -> d.finance().pooledBudgets().get(0).at().of("partners")),
                "Northshire Better Care Fund", "Riverton City Council", "not one of its partners");
    }

    @Test
    void acceptsPooledBudgetHostedByAPartner() {
        assertThat(fixture().validate().findings("CON-005")).isEmpty();
    }

    @Test
    void rejectsStatutoryRoleOnAPersonTheOfficersListGivesToSomeoneElse() {
        var outcome = fixture().set("people[id=cno].statutory-roles", java.util.List.of("caldicott-guardian")).validate();
        atBothEnds(outcome, "CON-006",
                Located.keyIn(outcome, d -> d.people().stream().filter(p -> p.id().equals("cno")).findFirst().orElseThrow().at().of("statutoryRoles")),
                Located.keyIn(outcome, d -> d.officers().stream().filter(o -> o.role().key().equals("caldicott-guardian")).findFirst().orElseThrow().at().of("person")),
                "Hana Nurse", "Caldicott Guardian", "Dr Gus Medic");
    }

    @Test
    void acceptsStatutoryRoleOnThePersonTheOfficersListNames() {
        var outcome = fixture().set("people[id=cmo].statutory-roles", java.util.List.of("caldicott-guardian")).validate();
        assertThat(outcome.findings("CON-006")).isEmpty();
    }
}
