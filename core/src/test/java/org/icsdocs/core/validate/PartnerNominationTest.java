package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.PartnerSector;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BRD-017: who may nominate each partner member (NHS Act 2006 Sch. 1B para 8(2)), and the lists derived for the constitution. */
class PartnerNominationTest {

    @TempDir
    Path temp;

    private DefinitionFixture fixture() {
        return DefinitionFixture.northshire(temp);
    }

    private static Location nominatedBy(Outcome outcome, String person) {
        return Located.keyIn(outcome, d -> seat(d, person).at().of("nominatedBy"));
    }

    private static BoardMember seat(Definition d, String person) {
        return d.board().members().stream().filter(m -> m.person().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void rejectsDistrictCouncilAsNominatorOfLocalAuthorityPartner() {
        var outcome = fixture().set("board.members[person=la-partner].nominated-by", List.of("northshire-cc", "eastdale-dc")).validate();
        Located.single(outcome, "BRD-017", nominatedBy(outcome, "la-partner"), "Kit Council", "Eastdale District Council", "district council");
    }

    @Test
    void rejectsCountyCouncilAsNominatorOfPrimaryCarePartner() {
        var outcome = fixture().set("board.members[person=gp-partner].nominated-by", List.of("northshire-cc")).validate();
        Located.single(outcome, "BRD-017", nominatedBy(outcome, "gp-partner"), "Northshire County Council", "not a provider of primary medical services");
    }

    @Test
    void rejectsPrimaryCareNetworkAsNominatorBecauseItIsNoOrganisation() {
        var outcome = fixture().set("board.members[person=gp-partner].nominated-by", List.of("riverside-surgery", "eastdale-pcn")).validate();
        Located.single(outcome, "BRD-017", nominatedBy(outcome, "gp-partner"), "Eastdale PCN", "primary care network", "not an organisation");
    }

    @Test
    void rejectsTrustThatProvidesNoServicesInTheArea() {
        var outcome = fixture()
                .add("organisations", Map.of("id", "far-trust", "name", "Far Away NHS Trust", "kind", "nhs-trust", "ods-code", "RZ9", "operates-in-area", false))
                .set("board.members[person=trust-partner].nominated-by", List.of("northshire-hospitals", "far-trust"))
                .validate();
        Located.single(outcome, "BRD-017", nominatedBy(outcome, "trust-partner"), "Far Away NHS Trust", "does not provide services in the ICS's area");
    }

    @Test
    void rejectsAPersonNamedAsNominatorAtTheReference() {
        var outcome = fixture().set("board.members[person=la-partner].nominated-by", List.of("northshire-cc", "dph")).validate();
        assertThat(outcome.findings("STR-001")).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(nominatedBy(outcome, "la-partner"));
            assertThat(d.message()).contains("dph");
        });
        assertThat(outcome.findings("BRD-017")).isEmpty();
    }

    @Test
    void flagsPartnerMemberWithNoNominators() {
        var outcome = fixture().remove("board.members[person=la-partner].nominated-by").validate();
        Location member = Located.keyIn(outcome, d -> seat(d, "la-partner").at().at());
        Located.single(outcome, "BRD-017", member, "records no nominating bodies");
    }

    @Test
    void acceptsNominationsByEligibleBodiesOnly() {
        var outcome = fixture().validate();
        assertThat(outcome.findings("BRD-017")).isEmpty();
    }

    @Test
    void derivesEligibleNominatorsFromTheDefinition() {
        Definition d = fixture().load().definition().orElseThrow();
        EligibleNominators eligible = EligibleNominators.of(d, DefinitionFixture.AS_OF);
        assertThat(eligible.trusts()).extracting(Organisation::id)
                .containsExactly("northshire-hospitals", "riverton-hospital", "northshire-mh", "northshire-community", "regional-ambulance");
        assertThat(eligible.forSector(PartnerSector.PRIMARY_MEDICAL_SERVICES)).extracting(Organisation::id).containsExactly("riverside-surgery");
        assertThat(eligible.localAuthorities()).extracting(Organisation::id).containsExactly("northshire-cc", "riverton-council");
    }

    @Test
    void leavesOutOrganisationsDissolvedBeforeTheDate() {
        Definition d = fixture().set("organisations[id=riverton-hospital].dissolved-on", "2025-03-31").load().definition().orElseThrow();
        assertThat(EligibleNominators.of(d, LocalDate.of(2026, 11, 1)).trusts()).extracting(Organisation::id).doesNotContain("riverton-hospital");
        assertThat(EligibleNominators.of(d, LocalDate.of(2025, 1, 1)).trusts()).extracting(Organisation::id).contains("riverton-hospital");
    }
}
