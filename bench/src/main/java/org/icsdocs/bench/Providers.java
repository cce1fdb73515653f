package org.icsdocs.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icsdocs.core.model.ServiceType;

/**
 * Which services each real trust runs, judged from its name (and, where the name does not say, from
 * a short list of ODS codes), and which trusts a system takes when it has more than it needs. The
 * reference data only associates trusts with ICBs; the services are a plausible assignment, not a fact.
 */
final class Providers {

    /** Trusts in a system's definition, at most this many. */
    static final int MAX_TRUSTS = 8;

    /** Mental health trusts whose names do not say so. */
    private static final Set<String> MENTAL_HEALTH = Set.of(
            "RAT", "RGD", "RHA", "RJ8", "RNK", "RNU", "RP1", "RP7", "RPG", "RRE", "RT1", "RT2", "RT5", "RTQ", "RV3", "RV5",
            "RV9", "RW1", "RW4", "RW5", "RWK", "RWR", "RWV", "RWX", "RX2", "RX3", "RX4", "RXA", "RXE", "RXG", "RXM", "RXX",
            "RXY", "RDY", "R1L", "RKL", "RLY", "RMY", "RYG", "R1A", "RH5", "R1C");

    /** Community trusts whose names do not say so. */
    private static final Set<String> COMMUNITY_ONLY = Set.of("RYK");

    /** Trusts that also run community services, besides those with "community" in the name. */
    private static final Set<String> ALSO_COMMUNITY = Set.of(
            "RJ8", "RNU", "RP1", "RTQ", "R1A", "R1C", "RH5", "RNN", "RMP", "RKE", "RYK", "RXE", "RAT", "RWK", "RV3", "RW1", "RA9");

    /** Specialist hospitals: they run specialised acute services. */
    private static final Set<String> SPECIALIST = Set.of(
            "RAN", "RBS", "RBV", "RCU", "REN", "REP", "RET", "RGM", "RL1", "RP4", "RP6", "RPC", "RPY", "RQ3", "RRJ");

    private Providers() {
    }

    /** A trust with the services it is taken to run. */
    record Trust(String odsCode, String name, boolean foundation, List<ServiceType> services) {

        boolean runs(ServiceType s) {
            return services.contains(s);
        }

        boolean acute() {
            return runs(ServiceType.ACUTE);
        }

        boolean mentalHealth() {
            return runs(ServiceType.MENTAL_HEALTH);
        }

        boolean community() {
            return runs(ServiceType.COMMUNITY);
        }

        boolean ambulance() {
            return runs(ServiceType.AMBULANCE);
        }

        String shortName() {
            return Text.trustShortName(name);
        }
    }

    static Trust classify(String odsCode, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean foundation = lower.contains("foundation trust");
        List<ServiceType> services = new ArrayList<>();
        if (lower.contains("ambulance")) {
            services.add(ServiceType.AMBULANCE);
        } else if (lower.contains("mental health") || MENTAL_HEALTH.contains(odsCode)) {
            services.add(ServiceType.MENTAL_HEALTH);
            services.add(ServiceType.LEARNING_DISABILITY_AND_AUTISM);
            if (ALSO_COMMUNITY.contains(odsCode)) {
                services.add(ServiceType.COMMUNITY);
            }
        } else if ((lower.contains("community") && !lower.contains("hospital")) || COMMUNITY_ONLY.contains(odsCode)) {
            services.add(ServiceType.COMMUNITY);
        } else if (SPECIALIST.contains(odsCode)) {
            services.add(ServiceType.ACUTE);
            services.add(ServiceType.SPECIALISED);
        } else {
            services.add(ServiceType.ACUTE);
            if (ALSO_COMMUNITY.contains(odsCode)) {
                services.add(ServiceType.COMMUNITY);
            }
        }
        // Somerset NHS Foundation Trust runs the county's acute, community and mental health services.
        if (odsCode.equals("RH5")) {
            services.add(0, ServiceType.ACUTE);
        }
        return new Trust(odsCode, name, foundation, List.copyOf(services));
    }

    /**
     * Up to {@link #MAX_TRUSTS} trusts, in file order. When the ICB has more, the first ambulance,
     * mental health and community trusts are kept so that each kind of provider is there, and the
     * rest of the places go to the others (acute first) in file order: no randomness is needed.
     */
    static List<Trust> select(List<Trust> all) {
        if (all.size() <= MAX_TRUSTS) {
            return List.copyOf(all);
        }
        List<Trust> chosen = new ArrayList<>();
        firstThat(all, Trust::ambulance).ifPresent(chosen::add);
        firstThat(all, Trust::mentalHealth).ifPresent(chosen::add);
        firstThat(all, t -> t.community() && !t.acute() && !t.mentalHealth()).ifPresent(chosen::add);
        for (Trust t : all) {
            if (chosen.size() >= MAX_TRUSTS) {
                break;
            }
            if (!chosen.contains(t) && t.acute() && !t.runs(ServiceType.SPECIALISED)) {
                chosen.add(t);
            }
        }
        for (Trust t : all) {
            if (chosen.size() >= MAX_TRUSTS) {
                break;
            }
            if (!chosen.contains(t)) {
                chosen.add(t);
            }
        }
        return all.stream().filter(chosen::contains).sorted(Comparator.comparingInt(all::indexOf)).toList();
    }

    private static java.util.Optional<Trust> firstThat(List<Trust> all, java.util.function.Predicate<Trust> test) {
        return all.stream().filter(test).findFirst();
    }
}
