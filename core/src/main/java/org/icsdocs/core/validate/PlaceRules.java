package org.icsdocs.core.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CommitteeType;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.IcsProfile;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PartnershipMember;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.model.PlaceGovernance;
import org.icsdocs.core.model.Sector;

/** PLC: place-based partnerships and their governance models. */
public final class PlaceRules implements RuleFamily {

    private static final long PLACE_MIN = 250_000;
    private static final long PLACE_MAX = 500_000;
    private static final long SYSTEM_MIN = 1_000_000;
    private static final long SYSTEM_MAX = 3_000_000;

    /**
     * The sectors every place needs, as the guidance words them, in the enum's order (an
     * EnumMap keeps it). People who use services are checked apart: either of two sectors will do.
     */
    private static final Map<Sector, String> REQUIRED_SECTORS = new EnumMap<>(Map.of(
            Sector.PRIMARY_CARE, "primary care leadership",
            Sector.LOCAL_AUTHORITY, "the local authority",
            Sector.PUBLIC_HEALTH, "public health",
            Sector.ACUTE, "acute services",
            Sector.COMMUNITY, "community services",
            Sector.MENTAL_HEALTH, "mental health services"));

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.PLC_001, Rule.PLC_002, Rule.PLC_003, Rule.PLC_004, Rule.PLC_005);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        for (Place place : d.places()) {
            governance(place, d, in.index(), out);
            membership(place, in.index(), out);
            population(place, out);
        }
        coverage(d, in.index(), out);
        systemPopulation(d.ics(), out);
    }

    // PLC-001 and PLC-002 -------------------------------------------------------------------

    private static void governance(Place place, Definition d, DefinitionIndex index, Findings out) {
        PlaceGovernance g = place.governance();
        if (g == null || g.model() == null) {
            out.report(Rule.PLC_001, g == null ? place.at().of("governance") : g.at().of("model"), place.id(),
                    place.name() + " does not name its governance model",
                    "Set 'governance: { model: … }' to consultative-forum, committee-of-icb, joint-committee, icb-director or lead-provider.");
            return;
        }
        switch (g.model()) {
            case COMMITTEE_OF_ICB -> committeeOfIcb(place, g, index, out);
            case JOINT_COMMITTEE -> jointCommittee(place, g, d, index, out);
            case ICB_DIRECTOR -> director(place, g, index, out);
            case LEAD_PROVIDER -> leadProvider(place, g, index, out);
            case CONSULTATIVE_FORUM -> {
                // Decisions stay with each statutory body, so the model has no further parts.
            }
        }
    }

    private static void committeeOfIcb(Place place, PlaceGovernance g, DefinitionIndex index, Findings out) {
        if (g.committee() == null) {
            out.report(Rule.PLC_002, g.at().of("committee"), place.id(),
                    place.name() + " is governed by a committee of the ICB but names no committee",
                    "Add 'committee:' with the id of the ICB committee that holds the delegated authority.");
            return;
        }
        // An id that names no committee is reported by STR-001.
        Committee c = index.committee(g.committee()).orElse(null);
        if (c == null) {
            return;
        }
        if (c.reportsTo() == null || !index.isBoard(c.reportsTo())) {
            out.report(Rule.PLC_002, g.at().of("committee"), place.id(),
                    c.name() + ", named for " + place.name() + ", does not report to the ICB board, so it is not a committee of the ICB",
                    "Name a committee whose 'reports-to' is the board, or correct that committee's 'reports-to'.");
        } else if (c.effectiveType() == CommitteeType.JOINT_COMMITTEE) {
            out.report(Rule.PLC_002, g.at().of("committee"), place.id(),
                    c.name() + ", named for " + place.name() + ", is a joint committee, not a committee of the ICB",
                    "Use 'model: joint-committee' with its partners, or name a committee of the ICB alone.");
        }
    }

    private static void jointCommittee(Place place, PlaceGovernance g, Definition d, DefinitionIndex index, Findings out) {
        String icb = d.ics() == null ? null : d.ics().icb();
        if (icb != null && !g.partners().contains(icb)) {
            out.report(Rule.PLC_002, g.at().of("partners"), place.id(),
                    place.name() + " is governed by a joint committee, but the ICB is not among its partners",
                    "Add '" + icb + "' to 'partners': the joint committee is of the ICB and one or more statutory providers.");
        }
        boolean hasStatutoryProvider = g.partners().stream()
                .flatMap(id -> index.organisation(id).stream())
                .anyMatch(o -> o.kind().isTrust());
        if (!hasStatutoryProvider) {
            out.report(Rule.PLC_002, g.at().of("partners"), place.id(),
                    place.name() + " is governed by a joint committee, but no statutory provider (an NHS trust or foundation trust) is among its partners",
                    "Add the NHS trusts or foundation trusts that form the joint committee with the ICB to 'partners'.");
        }
    }

    private static void director(Place place, PlaceGovernance g, DefinitionIndex index, Findings out) {
        if (g.director() == null) {
            out.report(Rule.PLC_002, g.at().of("director"), place.id(),
                    place.name() + " is governed by an ICB director with delegated authority but names no director",
                    "Add 'director:' with the ICB executive who holds the delegated authority.");
            return;
        }
        if (index.person(g.director()).isEmpty()) {
            return; // reported by STR-001
        }
        boolean executive = index.boardSeatOf(g.director()).map(BoardMember::role).filter(BoardRole::isExecutive).isPresent();
        if (!executive) {
            out.report(Rule.PLC_002, g.at().of("director"), place.id(),
                    index.personName(g.director()) + ", named as the director for " + place.name() + ", is not an executive member of the ICB board",
                    "Name an executive director of the ICB: a board member with an executive role.");
        }
    }

    private static void leadProvider(Place place, PlaceGovernance g, DefinitionIndex index, Findings out) {
        if (g.leadProvider() == null) {
            out.report(Rule.PLC_002, g.at().of("leadProvider"), place.id(),
                    place.name() + " is governed by a lead provider but names no provider",
                    "Add 'lead-provider:' with the provider that manages resources and delivery at the place.");
        } else {
            index.organisation(g.leadProvider()).filter(o -> !isProvider(o.kind())).ifPresent(o ->
                    out.report(Rule.PLC_002, g.at().of("leadProvider"), place.id(),
                            o.name() + ", named as the lead provider for " + place.name() + ", is not a provider of services",
                            "Name an NHS trust, foundation trust, provider of primary medical services or independent provider."));
        }
        if (g.contract() == null || g.contract().isBlank()) {
            out.report(Rule.PLC_002, g.at().of("contract"), place.id(),
                    place.name() + " is governed by a lead provider but names no contract with it",
                    "Add 'contract:' naming the contract under which the lead provider manages resources at the place.");
        }
    }

    private static boolean isProvider(OrganisationKind kind) {
        return kind.isTrust() || kind == OrganisationKind.PRIMARY_MEDICAL_SERVICES || kind == OrganisationKind.INDEPENDENT_PROVIDER;
    }

    // PLC-003 ------------------------------------------------------------------------------

    private static void membership(Place place, DefinitionIndex index, Findings out) {
        Set<Sector> covered = EnumSet.noneOf(Sector.class);
        for (PartnershipMember m : place.members()) {
            covered.addAll(m.represents());
            // Healthwatch and VCSE bodies speak for service users by what they are, whatever 'represents' says.
            index.organisation(m.organisation()).ifPresent(o -> {
                if (o.kind() == OrganisationKind.HEALTHWATCH) {
                    covered.add(Sector.PEOPLE_WHO_USE_SERVICES);
                } else if (o.kind() == OrganisationKind.VCSE) {
                    covered.add(Sector.VCSE);
                }
            });
        }
        List<String> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        REQUIRED_SECTORS.forEach((sector, words) -> {
            if (!covered.contains(sector)) {
                missing.add(words);
                keys.add(sector.key());
            }
        });
        if (!covered.contains(Sector.PEOPLE_WHO_USE_SERVICES) && !covered.contains(Sector.VCSE)) {
            missing.add("people who use services (such as Healthwatch or the VCSE sector)");
            keys.add(Sector.PEOPLE_WHO_USE_SERVICES.key() + " or " + Sector.VCSE.key());
        }
        if (!missing.isEmpty()) {
            out.report(Rule.PLC_003, place.at().of("members"), place.id(),
                    "The membership of " + place.name() + " does not cover " + inWords(missing),
                    "Add members that represent them ('represents: " + String.join(", ", keys) + "').");
        }
    }

    private static String inWords(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    // PLC-004 ------------------------------------------------------------------------------

    private static void coverage(Definition d, DefinitionIndex index, Findings out) {
        if (d.ics() == null) {
            return;
        }
        Set<String> named = new HashSet<>();
        d.places().forEach(p -> named.addAll(p.areas()));
        for (Organisation authority : index.socialCareAuthorities()) {
            List<Organisation> districts = index.districtsOf(authority.id());
            boolean placesUseDistricts = districts.stream().anyMatch(x -> named.contains(x.id()));
            if (placesUseDistricts) {
                // Once places are drawn by district, a district left out is a gap even if the county is named too.
                for (Organisation district : districts) {
                    if (!named.contains(district.id())) {
                        out.report(Rule.PLC_004, district.at().at(), district.id(),
                                "No place covers " + district.name() + ", though places cover other districts of " + authority.name(),
                                "Add '" + district.id() + "' to the 'areas' of the place that serves it.");
                    }
                }
            } else if (!named.contains(authority.id())) {
                out.report(Rule.PLC_004, d.ics().at().of("localAuthorities"), authority.id(),
                        "No place covers the area of " + authority.name(),
                        "Add '" + authority.id() + "' (or its districts) to the 'areas' of the place that serves it, or add a place for it.");
            }
        }
    }

    // PLC-005 ------------------------------------------------------------------------------

    private static void population(Place place, Findings out) {
        Long people = place.population();
        if (people != null && (people < PLACE_MIN || people > PLACE_MAX)) {
            out.report(Rule.PLC_005, place.at().of("population"), place.id(),
                    place.name() + " serves " + number(people) + " people, outside the 250,000–500,000 a place typically serves",
                    "Check the place is drawn at the right scale; if it is deliberate, record a justification.");
        }
    }

    private static void systemPopulation(IcsProfile ics, Findings out) {
        if (ics == null || ics.population() == null) {
            return;
        }
        long people = ics.population();
        if (people < SYSTEM_MIN || people > SYSTEM_MAX) {
            out.report(Rule.PLC_005, ics.at().of("population"), null,
                    ics.displayName() + " serves " + number(people) + " people, outside the 1–3 million a system typically serves",
                    "Check the population figure; if the system's size is deliberate, record a justification.");
        }
    }

    private static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
