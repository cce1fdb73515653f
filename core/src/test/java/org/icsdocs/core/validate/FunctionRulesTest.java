package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture northshire() {
        return DefinitionFixture.northshire(temp);
    }

    /** More delegations, in a file of their own: the loader joins the lists of all files. */
    private static String delegations(String... entries) {
        return "delegations:\n" + String.join("", Arrays.stream(entries).map(e -> "  - { " + e + " }\n").toList());
    }

    // FDM-001 ------------------------------------------------------------------------------

    @Test
    void flagsCoreFunctionMissingFromTheMap() {
        var outcome = northshire().remove("functions[id=F07]").validate();

        assertThat(outcome.findings("FDM-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("Digital and data").contains("no body is accountable");
        });
    }

    @Test
    void flagsCoreFunctionWithoutAccountableBody() {
        var outcome = northshire().remove("functions[id=F06].accountable").validate();

        assertThat(outcome.findings("FDM-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("F06");
            assertThat(d.message()).contains("People plan and one workforce").contains("no accountable body");
        });
    }

    @Test
    void flagsSecondAccountableEntryForACoreFunction() {
        var outcome = northshire().set("functions[id=F14].core-function", "digital-and-data").validate();

        assertThat(outcome.findings("FDM-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.subject()).isEqualTo("F14");
            assertThat(d.message()).contains("second entry").contains("Digital and data").contains("F07");
        });
    }

    @Test
    void acceptsCoreFunctionAccountableToACommittee() {
        var outcome = northshire().set("functions[id=F06].accountable", "remuneration").validate();

        assertThat(outcome.findings("FDM-001")).isEmpty();
    }

    // FDM-002 ------------------------------------------------------------------------------

    @Test
    void rejectsDelegationOfAFunctionReservedToTheBoard() {
        var outcome = northshire().write("more.yaml", delegations("id: D5, function: F01, from: board, to: ipph")).validate();

        var definition = outcome.load().definition().orElseThrow();
        var delegation = definition.delegations().stream().filter(x -> x.id().equals("D5")).findFirst().orElseThrow().at().of("function");
        var reserved = definition.functions().stream().filter(f -> f.id().equals("F01")).findFirst().orElseThrow().at().of("reservedToBoard");
        assertThat(Located.at(outcome, "FDM-002", delegation, reserved)).allSatisfy(d -> {
            assertThat(d.subject()).isEqualTo("D5");
            assertThat(d.message()).contains("F01 (Agree the joint forward plan)").contains("reserved to the board")
                    .contains("Inequalities, Prevention and Population Health Committee");
        });
        assertThat(outcome.findings("FDM-002")).extracting(d -> d.message())
                .anySatisfy(m -> assertThat(m).contains("see also " + reserved))
                .anySatisfy(m -> assertThat(m).contains("see also " + delegation));
    }

    @Test
    void rejectsDelegationFromABodyThatDoesNotHoldTheFunction() {
        var outcome = northshire().set("delegations[id=D2].from", "quality").validate();

        assertThat(outcome.findings("FDM-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.subject()).isEqualTo("D2");
            assertThat(d.message()).contains("Quality and Safety Committee").contains("does not hold it")
                    .contains("NHS Northshire and Riverton Board");
        });
    }

    @Test
    void acceptsSubDelegationFromTheBodyTheFunctionWasDelegatedTo() {
        var outcome = northshire()
                .write("more.yaml", delegations("id: D5, function: F14, from: riverton-place-committee, officer: place-lead"))
                .validate();

        assertThat(outcome.findings("FDM-002")).isEmpty();
        assertThat(outcome.findings("FDM-006")).isEmpty();
    }

    @Test
    void rejectsDelegationToNoOne() {
        var outcome = northshire().remove("delegations[id=D4].officer").validate();

        assertThat(outcome.findings("FDM-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.subject()).isEqualTo("D4");
            assertThat(d.message()).contains("names no one");
        });
    }

    @Test
    void rejectsDelegationToBothABodyAndAnOfficer() {
        var outcome = northshire().set("delegations[id=D2].officer", "place-lead").validate();

        assertThat(outcome.findings("FDM-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("D2");
            assertThat(d.message()).contains("both").contains("Riverton Place Committee").contains("Nia Place");
        });
    }

    @Test
    void rejectsDelegationsThatGoRoundInACircle() {
        var outcome = northshire()
                .write("more.yaml", delegations("id: D5, function: F14, from: riverton-place-committee, to: quality",
                        "id: D6, function: F14, from: quality, to: riverton-place-committee"))
                .validate();

        assertThat(outcome.findings("FDM-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("more.yaml");
            assertThat(d.subject()).isEqualTo("D5");
            assertThat(d.message()).contains("circle").contains("D5").contains("D6").doesNotContain("D2");
        });
    }

    @Test
    void leavesAnUnknownDelegatingBodyToStr001() {
        var outcome = northshire().set("delegations[id=D2].from", "nobody").validate();

        assertThat(outcome.findings("STR-001")).hasSize(1);
        assertThat(outcome.findings("FDM-002")).isEmpty();
        assertThat(outcome.findings("FDM-006")).isEmpty();
    }

    // FDM-003 ------------------------------------------------------------------------------

    @Test
    void rejectsNhsEnglandDelegatedFunctionWithoutAgreement() {
        var outcome = northshire().remove("functions[id=F11].agreement").validate();

        assertThat(outcome.findings("FDM-003")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("F11");
            assertThat(d.message()).contains("Commissioning of primary medical services").contains("delegation agreement");
        });
    }

    @Test
    void rejectsNhsEnglandDelegatedFunctionWithoutExercisingBody() {
        var outcome = northshire().remove("functions[id=F11].exercised-by").validate();

        assertThat(outcome.findings("FDM-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("F11");
            assertThat(d.message()).contains("body that exercises it");
        });
    }

    @Test
    void rejectsDelegatedFunctionDelegatedBySomeoneOtherThanNhsEngland() {
        var outcome = northshire().set("functions[id=F11].delegated-by", "northshire-cc").validate();

        assertThat(outcome.findings("FDM-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("F11");
            assertThat(d.message()).contains("Northshire County Council").contains("not NHS England");
        });
    }

    @Test
    void rejectsDelegatedFunctionNamingNoDelegator() {
        var outcome = northshire().remove("functions[id=F11].delegated-by").validate();

        assertThat(outcome.findings("FDM-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("F11");
            assertThat(d.message()).contains("does not name the delegating organisation");
        });
    }

    @Test
    void acceptsCoreFunctionWithoutDelegationAgreement() {
        var outcome = northshire().set("functions[id=F11].category", "core").remove("functions[id=F11].agreement").validate();

        assertThat(outcome.findings("FDM-003")).isEmpty();
    }

    // FDM-004 ------------------------------------------------------------------------------

    @Test
    void flagsSection75FunctionWithoutPooledBudget() {
        var outcome = northshire().remove("functions[id=F12].pooled-budget").validate();

        assertThat(outcome.findings("FDM-004")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.subject()).isEqualTo("F12");
            assertThat(d.message()).contains("section 75").contains("pooled budget");
        });
    }

    @Test
    void flagsSection75FunctionNamingADelegatedBudget() {
        var outcome = northshire().set("functions[id=F12].pooled-budget", "riverton-place-budget").validate();

        assertThat(outcome.findings("FDM-004")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("F12");
            assertThat(d.message()).contains("riverton-place-budget").contains("delegated budget");
        });
    }

    @Test
    void flagsSection75FunctionWithATrustForItsLocalAuthorityAndNoPlace() {
        var outcome = northshire().set("functions[id=F12].local-authority", "riverton-hospital")
                .remove("functions[id=F12].place").validate();

        assertThat(outcome.findings("FDM-004")).hasSize(2).allSatisfy(d -> assertThat(d.subject()).isEqualTo("F12"))
                .extracting(d -> d.message())
                .anySatisfy(m -> assertThat(m).contains("Riverton Hospital NHS Trust").contains("not a local authority"))
                .anySatisfy(m -> assertThat(m).contains("does not name the place"));
    }

    @Test
    void acceptsSection75WithAUnitaryCouncil() {
        var outcome = northshire().set("functions[id=F12].local-authority", "riverton-council").validate();

        assertThat(outcome.findings("FDM-004")).isEmpty();
    }

    @Test
    void silencesSection75WarningWithAJustificationNamingTheFunction() {
        var outcome = northshire().remove("functions[id=F12].place")
                .write("justifications.yaml", "justifications:\n  - { rule: FDM-004, subject: F12, reason: The pool covers the whole county. }\n")
                .validate();

        assertThat(outcome.findings("FDM-004")).isEmpty();
        assertThat(outcome.justified("FDM-004")).hasSize(1);
    }

    // FDM-005 ------------------------------------------------------------------------------

    @Test
    void flagsSupraIcsFunctionNamingOnlyItsOwnIcb() {
        var outcome = northshire().set("functions[id=F13].partner-icbs", List.of("northshire-icb")).validate();

        assertThat(outcome.findings("FDM-005")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.subject()).isEqualTo("F13");
            assertThat(d.message()).contains("NHS Northshire and Riverton Integrated Care Board").contains("own ICB");
        });
    }

    @Test
    void flagsSupraIcsFunctionWithoutJointArrangement() {
        var outcome = northshire().remove("functions[id=F13].joint-arrangement").validate();

        assertThat(outcome.findings("FDM-005")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("F13");
            assertThat(d.message()).contains("joint arrangement");
        });
    }

    @Test
    void acceptsSupraIcsFunctionWhoseOtherPartnerIsAnIcb() {
        var outcome = northshire().set("functions[id=F13].partner-icbs", List.of("northshire-icb", "westshire-icb")).validate();

        assertThat(outcome.findings("FDM-005")).isEmpty();
    }

    // FDM-006 ------------------------------------------------------------------------------

    @Test
    void rejectsPlaceDelegationThatDoesNotTraceBackToTheBoard() {
        var outcome = northshire().set("functions[id=F14].accountable", "quality")
                .set("delegations[id=D2].from", "quality").validate();

        assertThat(outcome.findings("FDM-002")).isEmpty();
        assertThat(outcome.findings("FDM-006")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.subject()).isEqualTo("F14");
            assertThat(d.message()).contains("Riverton Place Committee").contains("D2")
                    .contains("Quality and Safety Committee").contains("not to the board");
        });
    }

    @Test
    void acceptsPlaceDelegationThroughACommitteeOfTheBoard() {
        var outcome = northshire().write("more.yaml", delegations("id: D5, function: F14, from: board, to: quality"))
                .set("delegations[id=D2].from", "quality").validate();

        assertThat(outcome.findings("FDM-002")).isEmpty();
        assertThat(outcome.findings("FDM-006")).isEmpty();
    }

    @Test
    void rejectsCollaborativeExercisingAFunctionNotAccountableToTheBoard() {
        var outcome = northshire().remove("delegations[id=D3]").set("functions[id=F15].accountable", "quality").validate();

        assertThat(outcome.findings("FDM-006")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("functions.yaml");
            assertThat(d.subject()).isEqualTo("F15");
            assertThat(d.message()).contains("Northshire and Riverton Acute Provider Collaborative").contains("Quality and Safety Committee");
        });
    }

    @Test
    void acceptsCollaborativeExercisingAFunctionTheBoardIsAccountableFor() {
        var outcome = northshire().remove("delegations[id=D3]").validate();

        assertThat(outcome.findings("FDM-006")).isEmpty();
    }
}
