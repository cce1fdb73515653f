package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.model.DecisionCategory;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.SchemeRole;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SOD: each rule fires at its key on a copy of the Kent and Medway example broken in one place, and is quiet on the example. */
class SchemeRulesTest {

    private static final Path EXAMPLE = Path.of("../example-site/src/main/ics").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private DefinitionFixture example() {
        Path target = temp.resolve("km");
        for (int n = 2; target.toFile().exists(); n++) {
            target = temp.resolve("km-" + n);
        }
        return DefinitionFixture.copyOf(EXAMPLE, target);
    }

    private static IcbFunction function(Definition d, String id) {
        return d.functions().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static DecisionCategory category(Definition d, String id) {
        return d.scheme().category(id).orElseThrow();
    }

    private static SchemeRole role(Definition d, String id) {
        return d.scheme().role(id).orElseThrow();
    }

    @Test
    void exampleSchemeIsQuiet() {
        Outcome outcome = example().validate();
        assertThat(outcome.all()).filteredOn(d -> d.ruleId().startsWith("SOD-")).extracting(Diagnostic::toCompilerLine).isEmpty();
    }

    @Test
    void rejectsAFunctionExercisedByAProviderCollaborative() {
        Outcome outcome = example().set("functions[id=F22].exercised-by", "km-mhlda-collaborative").validate();
        Diagnostic d = Located.single(outcome, "SOD-001", Located.keyIn(outcome, def -> function(def, "F22").at().of("exercisedBy")),
                "Kent and Medway Mental Health, Learning Disability and Autism Provider Collaborative", "not a legal person");
        assertThat(d.hint()).contains("lead provider", "'kmpt'");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void rejectsABudgetHeldByAProviderCollaborative() {
        Outcome outcome = example().set("finance.delegated-budgets[id=mhlda-placements].holder", "km-mhlda-collaborative").validate();
        Located.single(outcome, "SOD-001", Located.keyIn(outcome, def -> def.finance().delegatedBudgets().get(1).at().of("holder")),
                "holds the delegated budget", "not a legal person");
    }

    @Test
    void rejectsASubDelegationAboveTheDelegatorsLimit() {
        // The budget holders' £100k comes from the Finance Director's £10m.
        Outcome outcome = example().set("scheme.categories[id=revenue-commitments].holders[0].up-to", "£12m").validate();
        Located.single(outcome, "SOD-002", Located.keyIn(outcome, def -> category(def, "revenue-commitments").holders().get(0).at().of("upTo")),
                "up to £12m", "above the £10m that the Finance Director holds");
    }

    @Test
    void rejectsASubDelegationByAHolderThatMayNotSubDelegate() {
        Outcome outcome = example().remove("scheme.categories[id=revenue-commitments].holders[2].may-sub-delegate").validate();
        Located.single(outcome, "SOD-002", Located.keyIn(outcome, def -> category(def, "revenue-commitments").holders().get(0).at().of("from")),
                "by the Finance Director, which may not sub-delegate it");
    }

    @Test
    void rejectsACategoryNobodyHolds() {
        Outcome outcome = example().remove("scheme.categories[id=vsm-pay].holders").validate();
        Located.single(outcome, "SOD-003", Located.keyIn(outcome, def -> category(def, "vsm-pay").at().of("id")),
                "Nobody holds", "pay and terms of service");
    }

    @Test
    void warnsWhenTheSchemeLacksACategoryOfTheCatalogue() {
        Outcome outcome = example().remove("scheme.categories[id=seal-and-signing]").validate();
        Diagnostic d = Located.single(outcome, "SOD-004", Located.keyIn(outcome, def -> def.scheme().at().of("categories")),
                "the seal and signing documents");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void rejectsDelegatedSpecialisedServicesGivenToTheAssuranceCommittee() {
        // The issue as it was found: F24 with the Quality and Safety Committee, whose terms of reference give assurance.
        Outcome outcome = example().set("functions[id=F24].exercised-by", "quality").validate();
        Located.single(outcome, "SOD-005", Located.keyIn(outcome, def -> function(def, "F24").at().of("exercisedBy")),
                "Quality and Safety Committee", "assurance only");
    }

    @Test
    void rejectsSpecialisedServicesSharedWithOtherIcbsWithoutTheJointArrangement() {
        Outcome outcome = example().remove("functions[id=F24].joint-arrangement").validate();
        Located.single(outcome, "SOD-006", Located.keyIn(outcome, def -> function(def, "F24").at().of("partnerIcbs")),
                "no joint arrangement");
    }

    @Test
    void rejectsAnNhsEnglandDelegationWithNoLimitAnywhere() {
        Outcome outcome = example().remove("functions[id=F24].financial-limit")
                .remove("scheme.categories[id=specialised-services].holders[0].up-to").validate();
        Located.single(outcome, "SOD-006", Located.keyIn(outcome, def -> function(def, "F24").at().of("decidedUnder")),
                "sets a financial limit");
    }

    @Test
    void rejectsARoleNobodyHolds() {
        Outcome outcome = example().set("scheme.roles[id=director-governance].held-by", List.of()).validate();
        Located.single(outcome, "SOD-007", Located.keyIn(outcome, def -> role(def, "director-governance").at().of("id")),
                "Director of Corporate Governance and Board Secretary");
    }

    @Test
    void warnsWhenEmergencyPreparednessIsNotLedByTheAccountableEmergencyOfficer() {
        Outcome outcome = example().set("scheme.categories[id=emergency-preparedness].lead", "finance-director").validate();
        Located.single(outcome, "SOD-008", Located.keyIn(outcome, def -> category(def, "emergency-preparedness").at().of("lead")),
                "not led by the Accountable Emergency Officer");
    }

    @Test
    void warnsWhenTheEmergencyFunctionIsNotDecidedUnderTheSchemesEmergencyDecisions() {
        Outcome outcome = example().set("functions[id=F10].decided-under", List.of("risk-and-assurance")).validate();
        Located.single(outcome, "SOD-008", Located.keyIn(outcome, def -> function(def, "F10").at().of("decidedUnder")),
                "Emergency preparedness");
    }

    @Test
    void rejectsAFunctionNotDelegatedYetNotReserved() {
        Outcome outcome = example().remove("functions[id=F03].decided-under").validate();
        Located.single(outcome, "SOD-009", Located.keyIn(outcome, def -> function(def, "F03").at().of("id")),
                "F03", "not delegated");
    }

    @Test
    void delegatingAFunctionTheSchemeReservesIsReportedAtBothEnds() {
        // F05 is delegated to the Chief Executive (D11); deciding it under a reserved category contradicts that.
        Outcome outcome = example().set("functions[id=F05].decided-under", List.of("major-service-change")).validate();
        assertThat(outcome.findings("FDM-002")).extracting(d -> d.location())
                .contains(Located.keyIn(outcome, def -> function(def, "F05").at().of("decidedUnder")));
    }
}
