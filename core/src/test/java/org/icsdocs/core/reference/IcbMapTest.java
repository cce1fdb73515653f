package org.icsdocs.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcbMapTest {

    private final IcbMap map = IcbMap.bundled();

    @Test
    void theMapOnFirstNovember2026HasThirtySixIcbs() {
        List<IcbMap.Icb> icbs = map.inForce(LocalDate.of(2026, 11, 1));

        assertThat(icbs).hasSize(36);
        assertThat(icbs).extracting(IcbMap.Icb::key).contains("QKS", "QXU-QNX-QNQ", "QRL").doesNotContain("QXU", "QNX", "QNQ");
    }

    @Test
    void theMapOnTheEveOfTheMergersHasTheFortyTwoIcbsOf2022() {
        List<IcbMap.Icb> icbs = map.inForce(LocalDate.of(2026, 3, 31));

        assertThat(icbs).hasSize(42);
        assertThat(icbs).allSatisfy(i -> assertThat(i.odsCode()).contains(i.key()));
    }

    @Test
    void noIcbExistedBeforeTheEstablishmentOrderOf2022() {
        assertThat(map.inForce(LocalDate.of(2022, 6, 30))).isEmpty();
    }

    @Test
    void everyDissolvedIcbsSuccessorExistsTheDayAfter() {
        List<IcbMap.Icb> dissolved = map.all().stream().filter(i -> i.dissolvedOn().isPresent()).toList();

        assertThat(dissolved).hasSize(12);
        assertThat(dissolved).allSatisfy(icb -> {
            LocalDate dayAfter = icb.dissolvedOn().orElseThrow().plusDays(1);
            IcbMap.Icb successor = map.icb(icb.successor().orElseThrow()).orElseThrow();
            assertThat(successor.existsOn(dayAfter)).as("%s's successor %s on %s", icb.key(), successor.key(), dayAfter).isTrue();
            assertThat(successor.predecessors()).contains(icb.key());
        });
    }

    @Test
    void plannedMergersOf2027AreNotDissolutions() {
        IcbMap.Icb birmingham = map.icb("QHL").orElseThrow();

        assertThat(birmingham.note()).contains("planned");
        assertThat(birmingham.dissolvedOn()).isEmpty();
        assertThat(birmingham.existsOn(LocalDate.of(2027, 6, 1))).isTrue();
    }

    @Test
    void theNewIcbsHaveNoOdsCodeButAProjectKeyMadeOfTheirPredecessors() {
        List<IcbMap.Icb> established2026 = map.all().stream().filter(i -> i.establishedOn().equals(LocalDate.of(2026, 4, 1))).toList();

        assertThat(established2026).hasSize(6);
        assertThat(established2026).allSatisfy(i -> {
            assertThat(i.odsCode()).isEmpty();
            assertThat(i.key()).isEqualTo(String.join("-", i.predecessors()));
        });
    }

    @Test
    void everyIcbInForceHasCouncilsAndTrusts() {
        assertThat(map.inForce(LocalDate.of(2026, 11, 1))).allSatisfy(i -> {
            assertThat(map.localAuthorities(i.key())).as(i.key()).isNotEmpty();
            assertThat(map.trusts(i.key())).as(i.key()).isNotEmpty();
        });
    }

    @Test
    void theSuccessorOfADissolvedIcbOnALaterDayIsTheOneInForce() {
        IcbMap.Icb frimley = map.icb("qnq").orElseThrow();

        assertThat(map.successorOn(frimley, LocalDate.of(2026, 11, 1))).map(IcbMap.Icb::key).contains("QU9-QNQ");
    }

    @Test
    void aMistypedKeyIsMatchedToTheNearestOne() {
        assertThat(map.closestKey("QKSX")).isEqualTo("QKS");
        assertThat(map.icb("QKSX")).isEmpty();
    }
}
