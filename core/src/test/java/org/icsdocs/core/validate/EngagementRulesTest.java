package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngagementRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture northshire() {
        return DefinitionFixture.northshire(temp);
    }

    // ENG-001 ------------------------------------------------------------------------------

    @Test
    void rejectsDefinitionWithoutEngagementSection() {
        var outcome = northshire().remove("engagement").validate();

        assertThat(outcome.findings("ENG-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("ics.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("no engagement section").contains("patients, unpaid carers and the public");
        });
    }

    @Test
    void rejectsEngagementWithoutFramework() {
        var outcome = northshire().remove("engagement.framework").validate();

        assertThat(outcome.findings("ENG-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("No engagement framework");
        });
    }

    @Test
    void acceptsEngagementFrameworkWithTitleOnly() {
        var outcome = northshire().set("engagement.framework", Map.of("title", "Our approach")).validate();

        assertThat(outcome.findings("ENG-001")).isEmpty();
    }

    // ENG-002 ------------------------------------------------------------------------------

    @Test
    void flagsPlaceWithoutCommunityRepresentation() {
        var outcome = northshire().remove("places[id=riverton-place].members[6]").validate();

        assertThat(outcome.findings("ENG-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("riverton-place");
            assertThat(d.message()).contains("Riverton Health and Care Partnership").contains("people and communities");
        });
    }

    @Test
    void flagsIcpWithoutCommunityRepresentation() {
        var outcome = northshire().remove("icp.members[4]").remove("icp.members[3]").validate();

        assertThat(outcome.findings("ENG-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.subject()).isEqualTo("icp");
            assertThat(d.message()).contains("Northshire and Riverton Integrated Care Partnership");
        });
    }

    @Test
    void acceptsPlaceRepresentedByAVcseOrganisationWithNoSectorGiven() {
        var outcome = northshire().set("places[id=riverton-place].members[6]", Map.of("organisation", "northshire-vcse")).validate();

        assertThat(outcome.findings("ENG-002")).isEmpty();
    }

    @Test
    void acceptsPlaceMemberMarkedAsRepresentingPeopleWhoUseServices() {
        var outcome = northshire().set("places[id=riverton-place].members[6]",
                Map.of("person", "hw-rep", "represents", List.of("people-who-use-services"))).validate();

        assertThat(outcome.findings("ENG-002")).isEmpty();
    }

    @Test
    void leavesAMissingIcpToIcp001() throws IOException {
        DefinitionFixture fixture = northshire();
        String partnerships = Files.readString(fixture.root().resolve("partnerships.yaml"));
        fixture.write("partnerships.yaml", partnerships.substring(partnerships.indexOf("places:")));

        var outcome = fixture.validate();

        assertThat(outcome.load().definition().orElseThrow().icp()).isNull();

        assertThat(outcome.findings("ENG-002")).isEmpty();
    }

    @Test
    void silencesPlaceRepresentationWarningWithAJustification() {
        var outcome = northshire().remove("places[id=riverton-place].members[6]")
                .write("justifications.yaml", "justifications:\n  - { rule: ENG-002, subject: riverton-place, reason: Healthwatch Riverton joins in April. }\n")
                .validate();

        assertThat(outcome.findings("ENG-002")).isEmpty();
        assertThat(outcome.justified("ENG-002")).singleElement().satisfies(d -> assertThat(d.subject()).isEqualTo("riverton-place"));
    }

    // ENG-003 ------------------------------------------------------------------------------

    @Test
    void flagsMissingVcseAgreement() {
        var outcome = northshire().remove("engagement.vcse-agreement").validate();

        assertThat(outcome.findings("ENG-003")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("VCSE");
        });
    }

    @Test
    void flagsMissingVcseAgreementWhenThereIsNoEngagementSection() {
        var outcome = northshire().remove("engagement").validate();

        assertThat(outcome.findings("ENG-003")).singleElement()
                .satisfies(d -> assertThat(d.location().file()).isEqualTo("ics.yaml"));
    }

    @Test
    void acceptsVcseAgreementWithTitleOnly() {
        var outcome = northshire().set("engagement.vcse-agreement", Map.of("title", "VCSE compact")).validate();

        assertThat(outcome.findings("ENG-003")).isEmpty();
    }

    // ENG-004 ------------------------------------------------------------------------------

    @Test
    void advisesWhenFrameworkDoesNotAddressNationalPrinciples() {
        var outcome = northshire().set("engagement.addresses-national-principles", false).validate();

        assertThat(outcome.findings("ENG-004")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("arrangements.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("Working with People and Communities Framework").contains("national principles");
        });
    }

    @Test
    void advisesWhenFrameworkIsSilentAboutNationalPrinciples() {
        var outcome = northshire().remove("engagement.addresses-national-principles").validate();

        assertThat(outcome.findings("ENG-004")).hasSize(1);
    }

    @Test
    void leavesAMissingFrameworkToEng001() {
        var outcome = northshire().remove("engagement.framework").remove("engagement.addresses-national-principles").validate();

        assertThat(outcome.findings("ENG-004")).isEmpty();
        assertThat(outcome.findings("ENG-001")).hasSize(1);
    }
}
