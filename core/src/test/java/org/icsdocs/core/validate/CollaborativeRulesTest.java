package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollaborativeRulesTest {

    private static final String ACUTE = "collaboratives[id=acute-collaborative]";
    private static final String MENTAL_HEALTH = "collaboratives[id=mh-collaborative]";

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    // PCL-001 ------------------------------------------------------------------------------

    @Test
    void rejectsCollaborativeWithOneTrust() {
        var outcome = fixture()
                .set(ACUTE + ".members", List.of("northshire-hospitals", "riverside-surgery", "northshire-vcse"))
                .validate();
        assertThat(outcome.findings("PCL-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("acute-collaborative");
            assertThat(d.message()).contains("Northshire and Riverton Acute Provider Collaborative",
                    "only one NHS trust", "Northshire Hospitals NHS Foundation Trust");
        });
    }

    @Test
    void countsTrustListedTwiceOnce() {
        var outcome = fixture()
                .set(ACUTE + ".members", List.of("northshire-hospitals", "northshire-hospitals"))
                .validate();
        assertThat(outcome.findings("PCL-001")).hasSize(1);
    }

    @Test
    void acceptsNhsTrustAndFoundationTrustAlongsideOtherMembers() {
        var outcome = fixture()
                .set(ACUTE + ".members", List.of("northshire-hospitals", "riverton-hospital", "northshire-vcse"))
                .validate();
        assertThat(outcome.findings("PCL-001")).isEmpty();
    }

    // PCL-002 ------------------------------------------------------------------------------

    @Test
    void rejectsAcuteTrustOutsideEveryCollaborative() {
        var outcome = fixture()
                .set(ACUTE + ".members", List.of("northshire-hospitals", "northshire-community"))
                .validate();
        assertThat(outcome.findings("PCL-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("organisations.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("riverton-hospital");
            assertThat(d.message()).contains("Riverton Hospital NHS Trust", "acute", "not a member of any provider collaborative");
        });
    }

    @Test
    void rejectsMentalHealthTrustOutsideEveryCollaborative() {
        var outcome = fixture()
                .set(MENTAL_HEALTH + ".members", List.of("northshire-community", "regional-ambulance"))
                .set(MENTAL_HEALTH + ".lead-provider", "northshire-community")
                .validate();
        assertThat(outcome.findings("PCL-002")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("northshire-mh");
            assertThat(d.message()).contains("mental health");
        });
    }

    @Test
    void acceptsAmbulanceTrustAndTrustOutsideAreaOutsideCollaboratives() {
        var outcome = fixture()
                .set(ACUTE + ".members", List.of("northshire-hospitals", "northshire-community"))
                .set("organisations[id=riverton-hospital].operates-in-area", false)
                .validate();
        assertThat(outcome.findings("PCL-002")).isEmpty();
    }

    // PCL-003 ------------------------------------------------------------------------------

    @Test
    void flagsObjectivesNotAgreedWithAnIcb() {
        var outcome = fixture().set(ACUTE + ".objectives-agreed-with", List.of("nhs-england")).validate();
        assertThat(outcome.findings("PCL-003")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("acute-collaborative");
            assertThat(d.message()).contains("Northshire and Riverton Acute Provider Collaborative", "objectives", "ICB");
        });
    }

    @Test
    void acceptsObjectivesAgreedWithAnotherIcb() {
        var outcome = fixture().set(ACUTE + ".objectives-agreed-with", List.of("westshire-icb")).validate();
        assertThat(outcome.findings("PCL-003")).isEmpty();
    }

    @Test
    void flagsCollaborativeWithoutDecisionModel() {
        var outcome = fixture().remove(ACUTE + ".decision-model").validate();
        assertThat(outcome.findings("PCL-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("acute-collaborative");
            assertThat(d.message()).contains("decision-making model");
        });
    }

    @Test
    void flagsLeadProviderModelWithoutLeadProvider() {
        var outcome = fixture().remove(MENTAL_HEALTH + ".lead-provider").validate();
        assertThat(outcome.findings("PCL-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("mh-collaborative");
            assertThat(d.message()).contains("names no lead provider");
        });
    }

    @Test
    void flagsLeadProviderThatIsNotAMember() {
        var outcome = fixture().set(MENTAL_HEALTH + ".lead-provider", "riverton-hospital").validate();
        assertThat(outcome.findings("PCL-003")).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("mh-collaborative");
            assertThat(d.message()).contains("Riverton Hospital NHS Trust", "not one of its members");
        });
    }

    @Test
    void acceptsPooledFundsWithoutLeadProvider() {
        var outcome = fixture()
                .set(MENTAL_HEALTH + ".decision-model", "pooled-funds")
                .remove(MENTAL_HEALTH + ".lead-provider")
                .validate();
        assertThat(outcome.findings("PCL-003")).isEmpty();
    }

    // PCL-004 ------------------------------------------------------------------------------

    @Test
    void advisesOnCollaborativeWorkingInOnePlace() {
        var outcome = fixture().set(ACUTE + ".places", List.of("riverton-place", "riverton-place")).validate();
        assertThat(outcome.findings("PCL-004")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("acute-collaborative");
            assertThat(d.message()).contains("only one place", "Riverton Health and Care Partnership");
        });
    }

    @Test
    void advisesOnCollaborativeNamingNoPlace() {
        var outcome = fixture().remove(MENTAL_HEALTH + ".places").validate();
        assertThat(outcome.findings("PCL-004")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("names no place"));
    }

    @Test
    void acceptsCollaborativeAcrossTwoPlaces() {
        assertThat(fixture().validate().findings("PCL-004")).isEmpty();
    }
}
