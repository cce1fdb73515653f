package org.icsdocs.bench;

import static org.icsdocs.bench.SystemPlan.BOARD;
import static org.icsdocs.bench.SystemPlan.ICB;
import static org.icsdocs.bench.SystemPlan.NHS_ENGLAND;
import static org.icsdocs.core.init.YamlWriter.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icsdocs.bench.SystemPlan.Collaborative;
import org.icsdocs.bench.SystemPlan.Org;
import org.icsdocs.bench.SystemPlan.Place;
import org.icsdocs.bench.SystemPlan.Pool;
import org.icsdocs.core.init.YamlWriter.Node;
import org.icsdocs.core.model.CoreFunction;
import org.icsdocs.core.model.FunctionCategory;
import org.icsdocs.core.model.Labelled;
import org.icsdocs.core.model.ServiceType;

/**
 * The functions and decision map: the ICB's core functions (FDM-001), the functions NHS England
 * delegates (FDM-003), joint commissioning with each council at its place (FDM-004), the ambulance
 * service shared with other ICBs (FDM-005), and the delegations to committees, places, a
 * collaborative and officers, each of which starts at the board (FDM-002, FDM-006).
 */
final class FunctionMap {

    private FunctionMap() {
    }

    private static String key(Labelled value) {
        return value.key();
    }

    /** The functions and delegations of a system, as the content of functions.yaml. */
    static Node of(SystemPlan plan, Options options) {
        Functions f = new Functions();
        // FDM-001: one entry per core function, the board accountable for each.
        f.core(CoreFunction.PLAN_POPULATION_HEALTH, "Agree the joint forward plan to meet the population's health needs", "NHS Act 2006 s14Z52", true);
        f.core(CoreFunction.ALLOCATE_RESOURCES, "Agree the annual budget and allocate resources across the system", "NHS Act 2006 ss223G and 223GC", true);
        f.core(CoreFunction.JOINT_WORKING, "Establish joint working arrangements with partners", "NHS Act 2006 s65Z5", false);
        f.core(CoreFunction.COLLECTIVE_ACCOUNTABILITY, "Governance for collective accountability for whole-system delivery and performance", null, true);
        String arrange = f.core(CoreFunction.ARRANGE_PROVISION, "Arrange the provision of health services", "NHS Act 2006 s3", false);
        f.core(CoreFunction.PEOPLE_PLAN, "Lead the people plan and one workforce across the system", null, false);
        f.core(CoreFunction.DIGITAL_AND_DATA, "Lead system-wide action on digital and data", null, false);
        f.core(CoreFunction.SOCIAL_AND_ECONOMIC_DEVELOPMENT, "Social and economic development and environmental sustainability", null, false);
        String estates = f.core(CoreFunction.ESTATES_PROCUREMENT_COMMERCIAL, "Estates, procurement, supply chain and commercial strategy", null, false);
        f.core(CoreFunction.EMERGENCY_PREPAREDNESS, "Emergency preparedness, resilience and response", "Civil Contingencies Act 2004; NHS Act 2006 s252A", false);

        // FDM-003: functions NHS England delegates, exercised by the primary care committee.
        String agreement = "Delegation Agreement between NHS England and " + plan.icbName() + " (illustrative)";
        for (String name : List.of("Commissioning of primary medical services", "Commissioning of primary, secondary and community dental services",
                "Commissioning of general ophthalmic services", "Pharmaceutical services, including dispensing doctors and dispensing appliance contractors")) {
            String id = f.add(node().put("name", name).put("category", key(FunctionCategory.NHS_ENGLAND_DELEGATED)).put("statutory-source", "NHS Act 2006 s65Z5")
                    .put("accountable", BOARD).put("delegated-by", NHS_ENGLAND).put("agreement", agreement).put("exercised-by", "primary-care")
                    .put("reporting-route", BOARD));
            f.delegate(id, "primary-care", null, null, "Delegation Agreement with NHS England", null);
        }

        // FDM-004: joint commissioning with each council, at the place where it applies.
        for (Pool pool : plan.pools()) {
            Org council = plan.org(pool.localAuthority());
            f.add(node().put("name", pool.name()).put("category", key(FunctionCategory.JOINT_WITH_LOCAL_AUTHORITY)).put("statutory-source", "NHS Act 2006 s75")
                    .put("accountable", BOARD).put("local-authority", council.id()).put("pooled-budget", pool.id()).put("place", pool.place())
                    .put("agreement", council.shortName() + " section 75 agreement " + Text.financialYear(options.asOf()) + " (illustrative)")
                    .put("reporting-route", BOARD));
        }

        // FDM-005: the ambulance service, commissioned with the other ICBs it serves.
        List<String> partners = plan.partnerIcbs().stream().map(Org::id).toList();
        List<String> commissioners = new ArrayList<>(List.of(plan.icbShortName()));
        plan.partnerIcbs().forEach(o -> commissioners.add(o.shortName()));
        String ambulance = plan.trustsRunning(ServiceType.AMBULANCE).stream().findFirst().map(Org::name).orElse("the regional ambulance service");
        f.add(node().put("name", "Commissioning of NHS 999 emergency ambulance services").put("description",
                        ambulance + " serves this and neighbouring systems, so the ICBs commission it together (illustrative).")
                .put("category", key(FunctionCategory.SUPRA_ICS)).put("statutory-source", "NHS Act 2006 s65Z5").put("accountable", BOARD)
                .put("partner-icbs", partners).put("joint-arrangement", "Collaborative commissioning agreement for ambulance services between "
                        + Text.inWords(commissioners) + " (illustrative)")
                .put("exercised-by", ICB).put("reporting-route", "quality"));

        // Functions the board delegates to its committees.
        committeeFunction(f, "Improvement in the quality of services and safeguarding", "NHS Act 2006 s14Z34", "quality");
        committeeFunction(f, "Reducing inequalities, prevention and population health", "NHS Act 2006 s14Z35", "population-health");
        committeeFunction(f, "Remuneration and terms of service of executives and very senior managers", "NHS Act 2006 Sch. 1B para. 18", "remuneration");
        committeeFunction(f, "Audit, risk management and internal control", "NHS Act 2006 Sch. 1B; Local Audit and Accountability Act 2014", "audit");
        committeeFunction(f, "Oversight of financial and operational performance", "NHS Act 2006 s223GB", "finance-performance");
        committeeFunction(f, "The ICB's duties as an employer and the system people plan", null, "people");

        // Place decisions under each governance model (FDM-006: every chain starts at the board).
        for (Place p : plan.places()) {
            String name = "Place-based commissioning for " + p.shortName();
            switch (p.model()) {
                case COMMITTEE_OF_ICB, JOINT_COMMITTEE -> {
                    String id = f.add(node().put("name", name).put("category", key(FunctionCategory.OTHER)).put("accountable", BOARD)
                            .put("exercised-by", p.committee()).put("financial-limit", "£20m").put("reporting-route", BOARD));
                    f.delegate(id, p.committee(), null, "£20m", null, "Within the place's delegated budget; reported to the board every quarter.");
                }
                case ICB_DIRECTOR -> {
                    String id = f.add(node().put("name", name).put("category", key(FunctionCategory.OTHER)).put("accountable", BOARD)
                            .put("financial-limit", "£10m").put("reporting-route", BOARD));
                    f.delegate(id, null, p.director(), "£10m", null, "Decisions at place within the delegated budget, advised by the partnership board.");
                }
                case LEAD_PROVIDER -> {
                    String id = f.add(node().put("name", name).put("category", key(FunctionCategory.OTHER)).put("accountable", BOARD)
                            .put("exercised-by", p.leadProvider()).put("reporting-route", BOARD));
                    f.delegate(id, p.leadProvider(), null, null, p.contract(), "Under the lead provider contract; outcomes reported to the board quarterly.");
                }
                case CONSULTATIVE_FORUM -> {
                    // Decisions stay with each statutory body: nothing is delegated to the place.
                }
                default -> throw new IllegalStateException(p.model().toString());
            }
        }

        Collaborative holder = plan.collaboratives().stream().filter(c -> c.id().equals("mhlda-collaborative")).findFirst().orElse(plan.collaboratives().get(0));
        // A collaborative is not a legal person (SOD-001): the delegation goes to its lead provider.
        String lead = holder.leadProvider() != null ? holder.leadProvider() : holder.members().get(0);
        String placements = f.add(node().put("name", "Specialised and out-of-area placements managed by " + holder.name())
                .put("category", key(FunctionCategory.OTHER)).put("accountable", BOARD).put("exercised-by", lead).put("financial-limit", "£25m")
                .put("reporting-route", "quality"));
        f.delegate(placements, lead, null, "£25m", "Lead provider agreement between the ICB and the lead provider of " + holder.name() + " (illustrative)",
                "Within the delegated budget; placements are reviewed monthly with the ICB's commissioners.");
        f.add(node().put("name", "Approve the annual report and accounts").put("category", key(FunctionCategory.OTHER)).put("statutory-source", "NHS Act 2006 s14Z58")
                .put("reserved-to-board", true).put("accountable", BOARD).put("reporting-route", BOARD));

        // Officers' delegated authority under the scheme of reservation and delegation.
        f.delegate(estates, null, "dof", "£10m", null, "Capital, estates and procurement commitments within the approved budget up to £10m each.");
        f.delegate(arrange, null, "ceo", "£25m", null, "Contract awards and variations within the approved budget up to £25m in total value.");

        return node().put("functions", f.functions).put("delegations", f.delegations);
    }

    private static void committeeFunction(Functions f, String name, String source, String committee) {
        String id = f.add(node().put("name", name).put("category", key(FunctionCategory.OTHER)).put("statutory-source", source)
                .put("accountable", BOARD).put("exercised-by", committee).put("reporting-route", BOARD));
        f.delegate(id, committee, null, null, null, null);
    }

    /** Numbers functions F01… and delegations D01… in the order they are added. */
    private static final class Functions {
        final List<Node> functions = new ArrayList<>();
        final List<Node> delegations = new ArrayList<>();

        String core(CoreFunction core, String name, String source, boolean reserved) {
            return add(node().put("name", name).put("category", key(FunctionCategory.CORE)).put("core-function", key(core))
                    .put("statutory-source", source).putIf(reserved, "reserved-to-board", true).put("accountable", BOARD).put("reporting-route", BOARD));
        }

        String add(Node function) {
            String id = String.format(Locale.ROOT, "F%02d", functions.size() + 1);
            Node withId = node().put("id", id);
            functions.add(withId);
            function.entriesInto(withId);
            return id;
        }

        void delegate(String function, String to, String officer, String limit, String agreement, String conditions) {
            delegations.add(node().put("id", String.format(Locale.ROOT, "D%02d", delegations.size() + 1)).put("function", function)
                    .put("from", BOARD).put("to", to).put("officer", officer).put("financial-limit", limit).put("reports-to", BOARD)
                    .put("agreement", agreement).put("conditions", conditions));
        }
    }
}
