package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.LegalRegime;
import org.icsdocs.core.diagnostic.Scenario;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HBL: the Health Bill (as introduced) applies only in its scenario, from the commencement assumed; every finding says it is provisional. */
class HealthBillScenarioTest {

    private static final LocalDate COMMENCEMENT = LocalDate.of(2027, 4, 1);
    private static final Optional<Scenario> BILL = Optional.of(new Scenario(LegalRegime.HEALTH_BILL_2026, COMMENCEMENT));

    @TempDir
    Path temp;

    private Outcome underTheBill() {
        return DefinitionFixture.northshire(temp).validate(COMMENCEMENT, BILL);
    }

    private static BoardMember seat(Definition d, String person) {
        return d.board().members().stream().filter(m -> m.person().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void nothingOfTheBillAppliesWithoutTheScenario() {
        var outcome = DefinitionFixture.northshire(temp).validate(COMMENCEMENT);
        assertThat(outcome.all()).noneSatisfy(d -> assertThat(d.ruleId()).startsWith("HBL-"));
    }

    @Test
    void nothingOfTheBillAppliesBeforeTheAssumedCommencement() {
        var outcome = DefinitionFixture.northshire(temp).validate(COMMENCEMENT.minusDays(1), BILL);
        assertThat(outcome.all()).noneSatisfy(d -> assertThat(d.ruleId()).startsWith("HBL-"));
    }

    @Test
    void chairAppointedByNhsEnglandIsProvisionallyWrongUnderTheBill() {
        var outcome = underTheBill();
        Diagnostic d = Located.single(outcome, "HBL-001", Located.keyIn(outcome, def -> seat(def, "chair").at().of("appointedBy")), "NHS England");
        assertThat(d.message()).startsWith("Provisional, under the Health Bill");
    }

    @Test
    void chiefExecutiveApprovedByNhsEnglandIsFlagged() {
        var outcome = underTheBill();
        Located.single(outcome, "HBL-002", Located.keyIn(outcome, def -> seat(def, "ceo").at().of("approvedBy")), "NHS England is abolished");
    }

    @Test
    void acceptsChairAppointedByTheSecretaryOfStateUnderTheBill() {
        var outcome = DefinitionFixture.northshire(temp)
                .add("organisations", java.util.Map.of("id", "dhsc", "name", "Department of Health and Social Care", "kind", "other", "ods-code", "X26"))
                .set("board.members[person=chair].appointed-by", "dhsc")
                .validate(COMMENCEMENT, BILL);
        assertThat(outcome.findings("HBL-001")).isEmpty();
    }

    @Test
    void constitutionIsToldOfTheSecretaryOfStatesApprovalAndDirections() {
        var outcome = underTheBill();
        var at = Located.keyIn(outcome, def -> def.constitution().at().at());
        Located.single(outcome, "HBL-003", at, "variation");
        Located.single(outcome, "HBL-007", at, "directions of the Secretary of State");
    }

    @Test
    void primaryCareDelegatedByNhsEnglandBecomesAnIcbFunction() {
        var outcome = underTheBill();
        Located.single(outcome, "HBL-004", Located.keyIn(outcome, def -> def.functions().stream()
                .filter(f -> f.id().equals("F11")).findFirst().orElseThrow().at().of("delegatedBy")), "Commissioning of primary medical services");
    }

    @Test
    void otherNhsEnglandDelegationsPassToTheSecretaryOfState() {
        var outcome = DefinitionFixture.northshire(temp).set("functions[id=F11].name", "Specialised services").validate(COMMENCEMENT, BILL);
        Located.single(outcome, "HBL-005", Located.keyIn(outcome, def -> def.functions().stream()
                .filter(f -> f.id().equals("F11")).findFirst().orElseThrow().at().of("delegatedBy")), "Specialised services", "Secretary of State");
        assertThat(outcome.findings("HBL-004")).isEmpty();
    }

    @Test
    void healthwatchSeatsAndEngagementAreFlagged() {
        var outcome = underTheBill();
        List<Diagnostic> found = outcome.findings("HBL-006");
        assertThat(found).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("Healthwatch Northshire is a member of the integrated care partnership"))
                .anySatisfy(m -> assertThat(m).contains("named in the engagement arrangements"));
        assertThat(found).allSatisfy(d -> assertThat(d.location().line()).isPositive());
    }

    @Test
    void noHealthwatchFindingsWhereNoneIsNamed() {
        var outcome = DefinitionFixture.northshire(temp)
                .remove("icp.members[organisation=healthwatch-northshire]")
                .remove("places[id=northshire-place].members[organisation=healthwatch-northshire]")
                .remove("places[id=riverton-place].members[organisation=healthwatch-riverton]")
                .remove("engagement.healthwatch")
                .validate(COMMENCEMENT, BILL);
        assertThat(outcome.findings("HBL-006")).isEmpty();
    }
}
