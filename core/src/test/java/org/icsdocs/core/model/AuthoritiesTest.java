package org.icsdocs.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icsdocs.core.load.DefinitionLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may decide what, asked of Kent and Medway's scheme: the queries the meetings and registers use. */
class AuthoritiesTest {

    private static final Path EXAMPLE = Path.of("../example-site/src/main/ics").toAbsolutePath().normalize();
    private static Definition km;
    private static Authorities authorities;

    @BeforeAll
    static void load() {
        km = new DefinitionLoader().load(EXAMPLE, EXAMPLE).definition().orElseThrow();
        authorities = Authorities.of(km);
    }

    @Test
    void theLowestHolderWhoseLimitReachesTheAmountComesFirst() {
        assertThat(authorities.whoMayDecide("psr-competitive-process", Money.parse("£3m")))
                .extracting(Authority::holder).containsExactly("finance-director", "ceo", "board");
        assertThat(authorities.whoMayDecide("psr-competitive-process", Money.parse("£30m")))
                .extracting(Authority::holder).containsExactly("board");
    }

    @Test
    void aHolderHasNoAuthorityAboveItsLimit() {
        assertThat(authorities.authorityFor("psr-competitive-process", Money.parse("£25m"), "ceo")).map(Authority::limit).contains(Money.parse("£25m"));
        assertThat(authorities.authorityFor("psr-competitive-process", Money.parse("£25.5m"), "ceo")).isEmpty();
        assertThat(authorities.authorityFor("psr-competitive-process", Money.parse("£1m"), "quality")).isEmpty();
    }

    @Test
    void aReservedCategoryIsTheBoardsAlone() {
        assertThat(authorities.holders("major-service-change")).extracting(Authority::holder).containsExactly("board");
        assertThat(authorities.authorityFor("major-service-change", null, "ceo")).isEmpty();
    }

    @Test
    void aPersonDecidesThroughTheRolesTheyHold() {
        assertThat(authorities.rolesHeldBy("dof")).containsExactly("finance-director");
        assertThat(authorities.rolesHeldBy("lead-east-kent")).containsExactly("hcp-director", "budget-holder");
        assertThat(authorities.authorityForPerson("revenue-commitments", Money.parse("£400k"), "lead-east-kent")).map(Authority::holder).contains("hcp-director");
        assertThat(authorities.authorityForPerson("revenue-commitments", Money.parse("£600k"), "lead-east-kent")).isEmpty();
    }

    @Test
    void theAccountableEmergencyOfficerRoleIsHeldByTheOfficerNamed() {
        SchemeRole aeo = km.scheme().role("aeo").orElseThrow();
        assertThat(authorities.holdersOf(aeo)).containsExactly("ceo");
    }

    @Test
    void aFunctionIsReservedByTheCategoryItIsDecidedUnder() {
        IcbFunction f03 = km.functions().stream().filter(f -> f.id().equals("F03")).findFirst().orElseThrow();
        IcbFunction f05 = km.functions().stream().filter(f -> f.id().equals("F05")).findFirst().orElseThrow();
        assertThat(f03.isReserved()).as("F03 carries no flag of its own").isFalse();
        assertThat(authorities.isReserved(f03)).isTrue();
        assertThat(authorities.isReserved(f05)).isFalse();
    }

    @Test
    void anUnknownCategoryHasNobody() {
        assertThat(authorities.whoMayDecide("no-such-category", Money.parse("£1"))).isEmpty();
    }
}
