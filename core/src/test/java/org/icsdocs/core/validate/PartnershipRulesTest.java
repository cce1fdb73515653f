package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdocs.core.testing.DefinitionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnershipRulesTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    // ICP-001 ------------------------------------------------------------------------------

    @Test
    void flagsSystemWithoutIcp() throws IOException {
        DefinitionFixture fixture = fixture();
        String partnerships = Files.readString(fixture.root().resolve("partnerships.yaml"));
        var outcome = fixture.write("partnerships.yaml", partnerships.substring(partnerships.indexOf("places:"))).validate();
        assertThat(outcome.findings("ICP-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("ics.yaml");
            assertThat(d.subject()).isNull();
            assertThat(d.message()).contains("Northshire and Riverton", "no integrated care partnership");
        });
        assertThat(outcome.findings("ICP-002")).isEmpty();
    }

    @Test
    void rejectsIcpNotEstablishedByUnitaryCouncil() {
        var outcome = fixture().set("icp.established-by", List.of("northshire-icb", "northshire-cc")).validate();
        assertThat(outcome.findings("ICP-001")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("icp");
            assertThat(d.message()).contains("Riverton City Council", "established");
            assertThat(d.hint()).contains("riverton-council");
        });
    }

    @Test
    void rejectsIcpNotEstablishedByIcbOrAnyCouncil() {
        var outcome = fixture().set("icp.established-by", List.of()).validate();
        assertThat(outcome.findings("ICP-001")).hasSize(3)
                .allSatisfy(d -> assertThat(d.subject()).isEqualTo("icp"))
                .extracting(d -> d.message())
                .anySatisfy(m -> assertThat(m).contains("NHS Northshire and Riverton Integrated Care Board"))
                .anySatisfy(m -> assertThat(m).contains("Northshire County Council"));
    }

    @Test
    void acceptsIcpNotEstablishedByDistrictCouncilListedAsLocalAuthority() {
        var outcome = fixture()
                .set("ics.local-authorities", List.of("northshire-cc", "riverton-council", "eastdale-dc"))
                .validate();
        assertThat(outcome.findings("ICP-001")).isEmpty();
        assertThat(outcome.findings("ICP-002")).isEmpty();
    }

    @Test
    void treatsLocalAuthorityWithoutTierAsHavingSocialCareResponsibility() {
        var outcome = fixture()
                .write("southport.yaml", """
                        organisations:
                          - { id: southport-council, name: Southport Borough Council, kind: local-authority, ods-code: "905" }
                        """)
                .set("ics.local-authorities", List.of("northshire-cc", "riverton-council", "southport-council"))
                .validate();
        assertThat(outcome.findings("ICP-001")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Southport Borough Council"));
    }

    // ICP-002 ------------------------------------------------------------------------------

    @Test
    void rejectsIcpWithoutCouncilAsMember() {
        var outcome = fixture().remove("icp.members[organisation=riverton-council]").validate();
        assertThat(outcome.findings("ICP-002")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("icp");
            assertThat(d.message()).contains("Riverton City Council", "not a member");
        });
    }

    @Test
    void rejectsIcpWithoutIcbAsMember() {
        var outcome = fixture().remove("icp.members[organisation=northshire-icb]").validate();
        assertThat(outcome.findings("ICP-002")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("NHS Northshire and Riverton Integrated Care Board"));
    }

    @Test
    void acceptsIcpWhoseMembersIncludeEveryStatutoryPartyWithoutDistricts() {
        var outcome = fixture().validate();
        assertThat(outcome.findings("ICP-001")).isEmpty();
        assertThat(outcome.findings("ICP-002")).isEmpty();
    }

    // ICP-003 ------------------------------------------------------------------------------

    @Test
    void flagsIcpWithoutHealthwatch() {
        var outcome = fixture().remove("icp.members[organisation=healthwatch-northshire]").validate();
        assertThat(outcome.findings("ICP-003")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.subject()).isEqualTo("icp");
            assertThat(d.message()).contains("Healthwatch", "Northshire and Riverton Integrated Care Partnership");
        });
    }

    @Test
    void acceptsAnyLocalHealthwatchAsMember() {
        var outcome = fixture()
                .set("icp.members[organisation=healthwatch-northshire].organisation", "healthwatch-riverton")
                .validate();
        assertThat(outcome.findings("ICP-003")).isEmpty();
    }

    @Test
    void silencesMissingHealthwatchWithJustification() {
        var outcome = fixture()
                .remove("icp.members[organisation=healthwatch-northshire]")
                .write("justifications.yaml", """
                        justifications:
                          - rule: ICP-003
                            subject: icp
                            reason: Healthwatch attends as an observer while its contract is retendered.
                        """)
                .validate();
        assertThat(outcome.findings("ICP-003")).isEmpty();
        assertThat(outcome.justified("ICP-003")).hasSize(1);
    }

    // ICP-004 ------------------------------------------------------------------------------

    @Test
    void flagsIcpWithoutChair() {
        var outcome = fixture().remove("icp.chair").validate();
        assertThat(outcome.findings("ICP-004")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.subject()).isEqualTo("icp");
            assertThat(d.message()).contains("has no chair");
        });
    }

    @Test
    void flagsChairNotSelectedJointlyWithCountyCouncil() {
        var outcome = fixture().set("icp.chair-selected-by", List.of("northshire-icb", "riverton-council")).validate();
        assertThat(outcome.findings("ICP-004")).singleElement().satisfies(d -> {
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("icp");
            assertThat(d.message()).contains("chair", "Northshire County Council");
        });
    }

    @Test
    void acceptsChairSelectedByStatutoryPartiesAndOthers() {
        var outcome = fixture()
                .set("icp.chair-selected-by", List.of("riverton-council", "healthwatch-northshire", "northshire-cc", "northshire-icb"))
                .validate();
        assertThat(outcome.findings("ICP-004")).isEmpty();
    }

    // ICP-005 ------------------------------------------------------------------------------

    @Test
    void flagsIcpWithoutStrategy() {
        var outcome = fixture().remove("icp.strategy").validate();
        assertThat(outcome.findings("ICP-005")).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("partnerships.yaml");
            assertThat(d.subject()).isEqualTo("icp");
            assertThat(d.message()).contains("no integrated care strategy");
        });
    }

    @Test
    void flagsIcbPlanThatDoesNotHaveRegardToStrategy() {
        var outcome = fixture().set("icp.strategy.icb-plan-has-regard", false).validate();
        assertThat(outcome.findings("ICP-005")).singleElement().satisfies(d -> {
            assertThat(d.location().line()).isPositive();
            assertThat(d.subject()).isEqualTo("icp");
            assertThat(d.message()).contains("ICB's plan", "Northshire and Riverton Integrated Care Strategy");
        });
    }

    @Test
    void flagsStrategyThatDoesNotSayWhetherIcbPlanHasRegard() {
        var outcome = fixture().remove("icp.strategy.icb-plan-has-regard").validate();
        assertThat(outcome.findings("ICP-005")).hasSize(1);
    }

    @Test
    void acceptsStrategyTheIcbPlanHasRegardTo() {
        assertThat(fixture().validate().findings("ICP-005")).isEmpty();
    }
}
