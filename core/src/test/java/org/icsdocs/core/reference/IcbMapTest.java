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
        assertThat(icbs).extracting(IcbMap.Icb::key).contains("QKS", "S9B9J", "QRL").doesNotContain("QXU", "QNX", "QNQ");
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

        assertThat(birmingham.note()).contains("merger expected by April 2027", "provisional", "not in force");
        assertThat(birmingham.dissolvedOn()).isEmpty();
        assertThat(birmingham.existsOn(LocalDate.of(2027, 6, 1))).isTrue();
    }

    @Test
    void theNewIcbsAreKeyedByTheirOdsCodesAndAnswerToTheirPredecessorsCodesJoined() {
        List<IcbMap.Icb> established2026 = map.all().stream().filter(i -> i.establishedOn().equals(LocalDate.of(2026, 4, 1))).toList();

        assertThat(established2026).hasSize(6);
        assertThat(established2026).allSatisfy(i -> {
            assertThat(i.odsCode()).contains(i.key());
            assertThat(i.key()).matches("[A-Z]\\d[A-Z]\\d[A-Z]");
            assertThat(i.aliases()).containsExactly(String.join("-", i.predecessors()));
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

        assertThat(map.successorOn(frimley, LocalDate.of(2026, 11, 1))).map(IcbMap.Icb::key).contains("S0E4D");
    }

    @Test
    void theIcbsOf2026HaveTheirOdsCodesAndAnswerToTheKeysUsedBefore() {
        // ODS codes as the Organisation Data Service gives them (RCPCH rcpch-nhs-organisations, ICB history)
        java.util.Map<String, String> codes = java.util.Map.of("QMJ-QRV", "Z9B2Z", "QU9-QNQ", "S0E4D", "QXU-QNX-QNQ", "S9B9J",
                "QH8-QJG-QM7", "D7T5G", "QMM-QJG", "T6Y0W", "QHG-QUE-QM7", "S1Y5D");
        codes.forEach((alias, code) -> {
            IcbMap.Icb icb = map.icb(alias.toLowerCase(java.util.Locale.ROOT)).orElseThrow();
            assertThat(icb.key()).isEqualTo(code);
            assertThat(icb.odsCode()).contains(code);
            assertThat(icb.establishedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(map.localAuthorities(code)).as(code).isNotEmpty();
        });
        assertThat(map.icb("Z9B2Z")).map(IcbMap.Icb::name).contains("NHS WEST AND NORTH LONDON INTEGRATED CARE BOARD");
        assertThat(map.inForce(LocalDate.of(2026, 11, 1))).allSatisfy(i -> assertThat(i.odsCode()).contains(i.key()));
    }

    @Test
    void theClustersExpectedToMergeAreProvisionalAndChangeNoMapInForce() {
        assertThat(map.clusters()).extracting(IcbMap.Cluster::name).contains("Birmingham and Solihull with Black Country",
                "Derby and Derbyshire, Nottingham and Nottinghamshire and Lincolnshire");
        assertThat(map.clusters()).allSatisfy(c -> {
            assertThat(c.status()).startsWith("provisional");
            assertThat(c.sources()).isNotEmpty();
            // no source gave a new ICB's name or date by 7 December 2026
            assertThat(c.newIcbName()).isEmpty();
            assertThat(c.newIcbEstablishedOn()).isEmpty();
            assertThat(c.icbKeys()).hasSizeGreaterThan(1).allSatisfy(k -> assertThat(map.icb(k)).isPresent());
        });
        assertThat(map.inForce(LocalDate.of(2027, 4, 1))).extracting(IcbMap.Icb::key).contains("QHL", "QUA").hasSize(36);
    }

    @Test
    void aMistypedKeyIsMatchedToTheNearestOne() {
        assertThat(map.closestKey("QKSX")).isEqualTo("QKS");
        assertThat(map.icb("QKSX")).isEmpty();
    }
}
