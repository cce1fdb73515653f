package org.icsdocs.bench;

import static org.icsdocs.bench.SystemPlan.ICB;
import static org.icsdocs.bench.SystemPlan.NHS_ENGLAND;
import static org.icsdocs.bench.SystemPlan.VCSE;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.icsdocs.bench.SystemPlan.Budget;
import org.icsdocs.bench.SystemPlan.Collaborative;
import org.icsdocs.bench.SystemPlan.Committee;
import org.icsdocs.bench.SystemPlan.Justification;
import org.icsdocs.bench.SystemPlan.Org;
import org.icsdocs.bench.SystemPlan.Pcn;
import org.icsdocs.bench.SystemPlan.Place;
import org.icsdocs.bench.SystemPlan.Pool;
import org.icsdocs.bench.SystemPlan.Seat;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.CollaborativeModel;
import org.icsdocs.core.model.GovernanceModel;
import org.icsdocs.core.model.LocalAuthorityTier;
import org.icsdocs.core.reference.ReferenceNames;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PooledBudgetKind;
import org.icsdocs.core.model.ServiceType;

/**
 * Makes every choice for one system from the reference data and the system's seed. The choices
 * are made so that the definition meets every rule of the catalogue (docs/RULES.md); where a rule
 * shapes a choice, the comment names it.
 */
final class SystemPlanner {

    private static final Pattern COUNCIL_CODE = Pattern.compile("\\d{3}");
    private static final List<String> PLACE_TERMS = List.of("Health and Care Partnership", "Place Partnership", "Alliance",
            "Health and Wellbeing Partnership");
    private static final List<String> COMPASS_WORDS = List.of("North", "South", "East", "West", "Central");
    /** Words that tell a council's PCNs apart: enough for the 35 PCNs of a system with one council. */
    private static final List<String> PCN_WORDS = List.of("Rural", "Town", "Riverside", "Valley", "Coastal", "Vale", "Heath", "Park",
            "Garden", "Hill", "Marsh", "Forest", "Bridge", "Meadows", "Lakes", "Green", "Fields", "Moor", "Gate", "Cross", "Abbey", "Castle",
            "Market", "Mill", "Brook", "Wolds", "Downs", "Harbour", "Links", "Beacon", "Chase", "Common", "Dale", "Edge", "Haven", "Spa", "Wharf");
    private static final List<String> PRACTICES = List.of("Orchard Lane Surgery", "Riverside Medical Centre", "Market Street Practice",
            "Parkview Health Centre", "The Willows Surgery", "Station Road Medical Practice", "Beacon Hill Surgery", "Church View Practice");

    private final ReferenceData data;
    private final Options options;

    SystemPlanner(ReferenceData data, Options options) {
        this.data = data;
        this.options = options;
    }

    /** A seed for one system: the same run seed and ICB always give the same one. */
    static long systemSeed(long seed, String odsCode) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < odsCode.length(); i++) {
            h ^= odsCode.charAt(i);
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(seed ^ h).nextLong();
    }

    SystemPlan plan(ReferenceData.Icb icb, int ordinal, long runSeed) {
        long seed = systemSeed(runSeed, icb.key());
        SplittableRandom random = new SplittableRandom(seed);
        return new Build(icb, ordinal, seed, random).plan();
    }

    /** The state of one system's planning. */
    private final class Build {
        private final ReferenceData.Icb icb;
        private final int ordinal;
        private final long seed;
        private final SplittableRandom random;
        private final String icbName;
        private final String icbShort;
        private final LocalDate declaredOn;
        private final List<Org> organisations = new ArrayList<>();
        private final List<Org> councils = new ArrayList<>();
        private final List<Org> trusts = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Pcn> pcns = new ArrayList<>();
        private String practice;

        Build(ReferenceData.Icb icb, int ordinal, long seed, SplittableRandom random) {
            this.icb = icb;
            this.ordinal = ordinal;
            this.seed = seed;
            this.random = random;
            this.icbName = Text.titleCase(icb.name());
            this.icbShort = icbName.replaceFirst("^NHS ", "").replaceFirst(" Integrated Care Board$", "");
            // COI-004: the annual refresh of declarations falls within the year before the as-of date.
            LocalDate refresh = options.asOf().minusMonths(6);
            this.declaredOn = refresh.withDayOfMonth(1 + random.nextInt(Math.min(27, refresh.lengthOfMonth() - 1)));
        }

        SystemPlan plan() {
            organisations();
            planPlaces();
            planPcns();
            PeoplePlanner planned = new PeoplePlanner(random, declaredOn, icbShort, councils, trusts, places, pcns, practice, this::org);
            List<Seat> board = planned.board();
            List<Committee> committees = Committees.forSystem(places, this::org);
            List<Collaborative> collaboratives = collaboratives();
            long population = places.stream().mapToLong(Place::population).sum();
            long allocation = Math.round(population * (1.95 + random.nextDouble() * 0.3) / 10.0) * 10; // £m, about £2,000 a head
            List<Pool> pools = pools();
            List<Budget> budgets = budgets(allocation, committees, collaboratives);
            int voting = (int) board.stream().filter(s -> s.role() != BoardRole.PARTICIPANT).count();
            return new SystemPlan(icb, ordinal, seed, Text.slug(icbShort), icbShort + " Integrated Care System", icbShort, icbName, "NHS " + icbShort,
                    population, allocation, List.copyOf(organisations), planned.people(), board, voting / 2 + 1, PeoplePlanner.BOARD_CORE,
                    committees, List.copyOf(places), List.copyOf(pcns), collaboratives, planned.declarations(), pools, budgets,
                    justifications(board), declaredOn);
        }

        // Organisations -----------------------------------------------------------------------

        private void organisations() {
            organisations.add(new Org(ICB, icbName, "NHS " + icbShort, OrganisationKind.ICB, icb.odsCode(), null, List.of(), true, false));
            organisations.add(new Org(NHS_ENGLAND, "NHS England", null, OrganisationKind.NHS_ENGLAND, "X24", null, List.of(), false, false));
            for (ReferenceData.Organisation la : data.localAuthorities(icb.key())) {
                councils.add(new Org("la-" + la.odsCode().toLowerCase(Locale.ROOT), la.name(), Text.councilShortName(la.name()),
                        OrganisationKind.LOCAL_AUTHORITY, la.odsCode(), tier(la.name()), List.of(), true, false));
            }
            List<Providers.Trust> all = data.trusts(icb.key()).stream().map(t -> Providers.classify(t.odsCode(), t.name())).toList();
            for (Providers.Trust t : Providers.select(all)) {
                trusts.add(new Org("trust-" + t.odsCode().toLowerCase(Locale.ROOT), t.name(), t.shortName(),
                        t.foundation() ? OrganisationKind.FOUNDATION_TRUST : OrganisationKind.NHS_TRUST, t.odsCode(), null, t.services(), true, false));
            }
            organisations.addAll(partnerIcbs(all));
            organisations.addAll(councils);
            organisations.addAll(trusts);
            // BRD-007: the primary care partner member comes from a provider of primary medical services in the area.
            String practiceName = PRACTICES.get(random.nextInt(PRACTICES.size()));
            practice = "practice-" + Text.slug(practiceName);
            String letters = "ABCDEFGHJKLMNPY";
            String code = letters.charAt(random.nextInt(letters.length())) + String.format(Locale.ROOT, "%05d", 80000 + ordinal * 100 + random.nextInt(100));
            organisations.add(new Org(practice, practiceName, null, OrganisationKind.PRIMARY_MEDICAL_SERVICES, code, null,
                    List.of(ServiceType.PRIMARY_CARE), true, true));
            // ICP-003, ENG-002, PLC-003: local Healthwatch for each council, and a VCSE alliance.
            for (Org la : councils) {
                organisations.add(new Org("healthwatch-" + Text.slug(la.shortName()), "Healthwatch " + la.shortName(), null,
                        OrganisationKind.HEALTHWATCH, null, null, List.of(), true, false));
            }
            organisations.add(new Org(VCSE, icbShort + " VCSE Alliance", "VCSE Alliance", OrganisationKind.VCSE, null, null, List.of(), true, true));
        }

        private LocalAuthorityTier tier(String name) {
            return ReferenceNames.councilTier(icb.regionCode(), name);
        }

        /**
         * FDM-005: the ICBs this one commissions its ambulance service with: the others the same
         * ambulance trust serves in the reference data, else its neighbours in the same region.
         */
        private List<Org> partnerIcbs(List<Providers.Trust> all) {
            List<ReferenceData.Icb> partners = new ArrayList<>();
            all.stream().filter(Providers.Trust::ambulance).findFirst().ifPresent(amb ->
                    data.icbsServedBy(amb.odsCode(), amb.name()).stream().filter(i -> !i.key().equals(icb.key()))
                            .limit(3).forEach(partners::add));
            if (partners.isEmpty()) {
                data.icbs().stream().filter(i -> i.regionCode().equals(icb.regionCode()) && !i.key().equals(icb.key()))
                        .limit(2).forEach(partners::add);
            }
            List<Org> orgs = new ArrayList<>();
            for (ReferenceData.Icb p : partners) {
                String name = Text.titleCase(p.name());
                orgs.add(new Org("icb-" + p.key().toLowerCase(Locale.ROOT), name,
                        name.replaceFirst(" Integrated Care Board$", ""), OrganisationKind.ICB, p.odsCode(), null, List.of(), false, false));
            }
            return orgs;
        }

        // Places and PCNs ---------------------------------------------------------------------

        /**
         * 4 to 6 places. PLC-004: together they cover every council's area, so councils are shared
         * out whole when there are more of them than places, and split by compass point when fewer.
         */
        private void planPlaces() {
            int count = 4 + random.nextInt(3);
            String term = PLACE_TERMS.get(random.nextInt(PLACE_TERMS.size()));
            List<List<Org>> areas = new ArrayList<>();
            List<String> shortNames = new ArrayList<>();
            if (count >= councils.size()) {
                int[] perCouncil = new int[councils.size()];
                for (int i = 0; i < count; i++) {
                    perCouncil[i % councils.size()]++;
                }
                for (int c = 0; c < councils.size(); c++) {
                    List<String> points = compass(perCouncil[c]);
                    for (String point : points) {
                        areas.add(List.of(councils.get(c)));
                        shortNames.add(point.isEmpty() ? councils.get(c).shortName() : councils.get(c).shortName() + " " + point);
                    }
                }
            } else {
                int base = councils.size() / count;
                int extra = councils.size() % count;
                int next = 0;
                for (int p = 0; p < count; p++) {
                    int size = base + (p < extra ? 1 : 0);
                    List<Org> chunk = councils.subList(next, next + size);
                    next += size;
                    areas.add(List.copyOf(chunk));
                    shortNames.add(Text.inWords(chunk.stream().map(Org::shortName).toList()));
                }
            }
            List<GovernanceModel> models = new ArrayList<>(List.of(GovernanceModel.values()));
            shuffle(models);
            List<Org> acute = preferring(trustsRunning(ServiceType.ACUTE), t -> !t.runs(ServiceType.SPECIALISED));
            List<Org> community = preferring(trustsRunning(ServiceType.COMMUNITY), t -> !t.runs(ServiceType.ACUTE));
            List<Org> mental = trustsRunning(ServiceType.MENTAL_HEALTH);
            List<Org> nonAmbulance = trusts.stream().filter(t -> !t.runs(ServiceType.AMBULANCE)).toList();
            Set<String> ids = new HashSet<>();
            for (int p = 0; p < areas.size(); p++) {
                String shortName = shortNames.get(p);
                String id = unique(Text.slug(shortName), ids);
                String name = shortName + " " + term;
                GovernanceModel model = models.get(p % models.size());
                String acuteTrust = pick(acute, nonAmbulance, p);
                String communityTrust = pick(community, List.of(trusts.stream().filter(t -> t.id().equals(acuteTrust)).findFirst().orElseThrow()), p);
                String mentalTrust = pick(mental, nonAmbulance, p);
                String committee = null;
                List<String> partners = List.of();
                String director = null;
                String leadProvider = null;
                String contract = null;
                String description;
                switch (model) {
                    case CONSULTATIVE_FORUM -> description = "Each organisation in the partnership keeps its own budget and decisions; "
                            + "partners agree together how to use them for the people of " + shortName + ". The partnership takes no decisions on the ICB's behalf.";
                    case COMMITTEE_OF_ICB -> {
                        committee = id + "-committee";
                        description = "The ICB has delegated decisions on the place's community and primary care budgets to the " + shortName
                                + " Place Committee, a committee of the ICB board on which partners sit.";
                    }
                    case JOINT_COMMITTEE -> {
                        committee = id + "-joint-committee";
                        partners = List.of(ICB, acuteTrust);
                        description = "The ICB and " + org(acuteTrust).name() + " take decisions on integrated services for " + shortName
                                + " together through a joint committee under section 65Z5 of the NHS Act 2006.";
                    }
                    case ICB_DIRECTOR -> {
                        director = "coo";
                        description = "The ICB's Chief Operating Officer holds delegated authority for decisions at place, advised by the partnership board.";
                    }
                    case LEAD_PROVIDER -> {
                        leadProvider = communityTrust;
                        contract = "Integrated care contract for " + shortName + " 2025 to 2030 (illustrative)";
                        description = org(communityTrust).name() + " manages resources and delivery at place as lead provider, "
                                + "under a contract with the ICB that sets the outcomes it must achieve.";
                    }
                    default -> throw new IllegalStateException(model.toString());
                }
                // PLC-005: a place serves 250,000 to 500,000 people.
                long population = 260_000 + 5_000L * random.nextInt(45);
                places.add(new Place(id, name, shortName, areas.get(p).stream().map(Org::id).toList(), population, "lead-" + id, model,
                        committee, partners, director, leadProvider, contract, acuteTrust, communityTrust, mentalTrust, description));
            }
        }

        private List<String> compass(int n) {
            return switch (n) {
                case 1 -> List.of("");
                case 2 -> List.of("North", "South");
                case 3 -> List.of("North", "Central", "South");
                case 4 -> List.of("North", "East", "South", "West");
                case 5 -> List.of("North", "East", "Central", "South", "West");
                default -> List.of("North", "East", "Central", "South", "West", "Coastal");
            };
        }

        /**
         * 25 to 35 PCNs, each aligned to one place (NBH-001) and serving 30,000 to 50,000 people
         * (NBH-002), named after the council whose area they are in.
         */
        private void planPcns() {
            int total = 25 + random.nextInt(11);
            Map<String, Deque<String>> words = new HashMap<>(); // looked up by council, never iterated
            Set<String> ids = new HashSet<>();
            int seq = 0;
            for (int p = 0; p < places.size(); p++) {
                Place place = places.get(p);
                int count = total / places.size() + (p < total % places.size() ? 1 : 0);
                for (int i = 0; i < count; i++) {
                    Org council = org(place.areas().get(i % place.areas().size()));
                    Deque<String> left = words.computeIfAbsent(council.id(), k -> pcnWords(council));
                    String word = left.isEmpty() ? "Network " + (i + 1) : left.poll();
                    String name = council.shortName() + " " + word + " PCN";
                    String id = unique(Text.slug(name), ids);
                    seq++;
                    String code = "U" + String.format(Locale.ROOT, "%02d%03d", ordinal, seq);
                    long population = 30_000 + 500L * random.nextInt(40);
                    pcns.add(new Pcn(id, name, code, place.id(), population, p == 0 && i == 0 ? "pm-primary-care" : null));
                }
            }
        }

        /** The words for a council's PCNs, shuffled; compass points only where the council is not split into compass-named places. */
        private Deque<String> pcnWords(Org council) {
            boolean split = places.stream().filter(p -> p.areas().contains(council.id())).count() > 1;
            List<String> list = new ArrayList<>(PCN_WORDS);
            shuffle(list);
            if (!split) {
                List<String> compass = new ArrayList<>(COMPASS_WORDS);
                shuffle(compass);
                list.addAll(0, compass);
            }
            return new ArrayDeque<>(list);
        }

        // Collaboratives --------------------------------------------------------------------------

        /** PCL-001 to PCL-004: every acute and mental health trust in a collaborative of at least two trusts across all places. */
        private List<Collaborative> collaboratives() {
            List<Collaborative> list = new ArrayList<>();
            Set<String> covered = new HashSet<>();
            List<Org> acute = trustsRunning(ServiceType.ACUTE);
            if (acute.size() >= 2) {
                CollaborativeModel model = random.nextBoolean() ? CollaborativeModel.JOINT_COMMITTEE : CollaborativeModel.COMMITTEES_IN_COMMON;
                list.add(new Collaborative("acute-collaborative", icbShort + " Acute Provider Collaborative", List.of(ServiceType.ACUTE),
                        ids(acute), model, null, List.of(
                        "Reduce the longest waits for planned care by pooling theatre and diagnostic capacity across the acute trusts.",
                        "Run shared waiting lists for high-volume, low-complexity procedures.",
                        "Make fragile clinical services sustainable while keeping most care at people's nearest hospital.",
                        "Reduce the time ambulances wait to hand over patients at every emergency department.")));
                acute.forEach(t -> covered.add(t.id()));
            }
            List<Org> mental = trustsRunning(ServiceType.MENTAL_HEALTH);
            List<Org> mhMembers = new ArrayList<>(mental);
            trusts.stream().filter(t -> t.runs(ServiceType.COMMUNITY) && !t.runs(ServiceType.ACUTE) && !mhMembers.contains(t)).forEach(mhMembers::add);
            if (!mental.isEmpty() && mhMembers.size() >= 2) {
                list.add(new Collaborative("mhlda-collaborative", icbShort + " Mental Health, Learning Disability and Autism Provider Collaborative",
                        List.of(ServiceType.MENTAL_HEALTH, ServiceType.LEARNING_DISABILITY_AND_AUTISM, ServiceType.COMMUNITY), ids(mhMembers),
                        CollaborativeModel.LEAD_PROVIDER, mental.get(0).id(), List.of(
                        "Eliminate inappropriate out-of-area placements for adult acute mental health care.",
                        "Reduce the number of autistic people and people with a learning disability cared for in inpatient settings.",
                        "Improve access to community mental health services for people with severe mental illness in every place.")));
                mhMembers.forEach(t -> covered.add(t.id()));
            }
            boolean uncovered = trusts.stream().anyMatch(t -> (t.runs(ServiceType.ACUTE) || t.runs(ServiceType.MENTAL_HEALTH)) && !covered.contains(t.id()));
            if (uncovered) {
                List<Org> members = trusts.stream().filter(t -> !t.runs(ServiceType.AMBULANCE)).toList();
                if (members.size() < 2) {
                    members = trusts;
                }
                list.add(new Collaborative("system-collaborative", icbShort + " Integrated Provider Collaborative",
                        List.of(ServiceType.ACUTE, ServiceType.MENTAL_HEALTH, ServiceType.COMMUNITY), ids(members), CollaborativeModel.POOLED_FUNDS, null,
                        List.of("Join up hospital, community and mental health care for people with long-term conditions.",
                                "Share clinical staff and capacity across the providers of the county.",
                                "Bring mental health support into every emergency department and acute ward.")));
            }
            return List.copyOf(list);
        }

        // Money -------------------------------------------------------------------------------------

        /**
         * FDM-004, FIN-002: a pooled budget for each council and place it serves. A council served by
         * one place pools its Better Care Fund there; one split over several places pools a section 75
         * fund at each, so every pool names the single place it applies to.
         */
        private List<Pool> pools() {
            List<Pool> list = new ArrayList<>();
            for (Place place : places) {
                for (String la : place.areas()) {
                    Org council = org(la);
                    long sharing = places.stream().filter(p -> p.areas().contains(la)).count();
                    if (sharing == 1) {
                        list.add(new Pool("bcf-" + Text.slug(council.shortName()), council.shortName() + " Better Care Fund",
                                PooledBudgetKind.BETTER_CARE_FUND, la, place.id(), 20 + random.nextInt(160)));
                    } else {
                        list.add(new Pool("s75-" + place.id(), place.shortName() + " integrated community services pooled fund",
                                PooledBudgetKind.SECTION_75, la, place.id(), 10 + random.nextInt(60)));
                    }
                }
            }
            return List.copyOf(list);
        }

        /** FIN-001: budgets delegated to committees, places and collaboratives, well within the allocation. */
        private List<Budget> budgets(long allocation, List<Committee> committees, List<Collaborative> collaboratives) {
            List<Budget> list = new ArrayList<>();
            list.add(new Budget("primary-care-delegated", "Delegated primary care budget (medical, dental, ophthalmic and pharmaceutical services)",
                    "primary-care", Math.round(allocation * 0.09), "Illustrative. Contracts for general practice, dental, ophthalmic and pharmaceutical services under NHS England's delegation."));
            Collaborative holder = collaboratives.stream().filter(c -> c.id().equals("mhlda-collaborative")).findFirst().orElse(collaboratives.get(0));
            // A collaborative is not a legal person (SOD-001): the budget is delegated to its lead provider.
            String lead = holder.leadProvider() != null ? holder.leadProvider() : holder.members().get(0);
            list.add(new Budget("collaborative-delegated", holder.name() + " delegated budget", lead, 15 + random.nextInt(30),
                    "Illustrative. Held by the lead provider of the collaborative to bring people placed out of area back to local care."));
            for (Place place : places) {
                if (place.model() == GovernanceModel.CONSULTATIVE_FORUM) {
                    continue;
                }
                String budgetHolder = place.committee() != null ? place.committee() : place.id();
                list.add(new Budget("place-" + place.id(), place.shortName() + " place delegated budget", budgetHolder, 40 + random.nextInt(80),
                        "Illustrative. Community, intermediate care and place-based services for " + place.shortName() + "."));
            }
            return List.copyOf(list);
        }

        // Justifications ------------------------------------------------------------------------------

        private List<Justification> justifications(List<Seat> board) {
            List<Justification> list = new ArrayList<>();
            long voting = board.size();
            long nonExecutives = board.stream().filter(s -> s.role().isNonExecutive()).count();
            long executives = board.stream().filter(s -> s.role().isExecutive()).count();
            if (nonExecutives * 2 <= voting) {
                // BRD-011 is advice: a unitary board with partner members rarely has a non-executive majority.
                list.add(new Justification("BRD-011", null, "The board's composition is the one in the constitution approved by NHS England: the chair, "
                        + (nonExecutives - 1) + " independent non-executive members, " + executives + " executive members and "
                        + (voting - nonExecutives - executives) + " partner members. The partner members bring their sectors' perspectives to a unitary board and are not delegates; "
                        + "a majority of non-executives is NHS Providers' recommendation, not a statutory requirement."));
            }
            for (Org council : councils) {
                if (!COUNCIL_CODE.matcher(council.odsCode()).matches()) {
                    // STR-004 expects three digits; councils created since 2020 have codes of another shape.
                    list.add(new Justification("STR-004", council.id(), council.name() + " was created in a recent local government reorganisation "
                            + "and has the ODS code " + council.odsCode() + ", which does not follow the three-digit pattern of older councils. "
                            + "The code is the one the Organisation Data Service publishes."));
                }
            }
            for (Org icbWithoutCode : organisations) {
                if (icbWithoutCode.kind() == OrganisationKind.ICB && icbWithoutCode.odsCode() == null) {
                    // STR-004 expects a code; the ICBs established on 1 April 2026 have none in the reference data (see its README).
                    list.add(new Justification("STR-004", icbWithoutCode.id(), icbWithoutCode.name() + " was established on 1 April 2026; the code "
                            + "the Organisation Data Service gave it is not in the reference data, so it is left out rather than guessed."));
                }
            }
            return List.copyOf(list);
        }

        // Helpers -----------------------------------------------------------------------------------

        private Org org(String id) {
            return organisations.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new IllegalStateException("no organisation " + id));
        }

        private List<Org> trustsRunning(ServiceType s) {
            return trusts.stream().filter(t -> t.runs(s)).toList();
        }

        private List<Org> preferring(List<Org> orgs, java.util.function.Predicate<Org> better) {
            List<Org> preferred = orgs.stream().filter(better).toList();
            return preferred.isEmpty() ? orgs : preferred;
        }

        /** The p-th of the list, round robin; the fallback list when it is empty. */
        private String pick(List<Org> list, List<Org> fallback, int p) {
            List<Org> from = list.isEmpty() ? fallback : list;
            return from.get(p % from.size()).id();
        }

        private List<String> ids(List<Org> orgs) {
            return orgs.stream().map(Org::id).toList();
        }

        private String unique(String id, Set<String> used) {
            String candidate = id;
            for (int n = 2; !used.add(candidate); n++) {
                candidate = id + "-" + n;
            }
            return candidate;
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                T t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }
    }

}
