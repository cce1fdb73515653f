package org.icsdocs.core.init;

import static org.icsdocs.core.init.YamlWriter.node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.icsdocs.core.init.YamlWriter.Node;
import org.icsdocs.core.model.Labelled;
import org.icsdocs.core.model.OfficerRole;
import org.icsdocs.core.model.PlanContent;
import org.icsdocs.core.model.PlanKind;

/**
 * The dated records of an ICB's recurring duties as at a day, as YAML nodes for a writer to word:
 * the plans and reports of NHS Act 2006 Part 2 Chapter A3 (s14Z52 joint forward plan and s14Z56
 * joint capital resource use plan, agreed before their financial year starts; s14Z58 annual
 * report, prepared in the year after the one it reports on), the officers the OFF rules require,
 * and the annual summary of contracting under the Provider Selection Regime (S.I. 2023/1348 reg 25).
 * Shared by ics:init, which words them as placeholders, and the bench, which invents them, so both
 * stay in step with PlanRules, OfficerRules and ProcurementRules.
 */
public final class DutyRecords {

    private DutyRecords() {
    }

    /** The start year of the NHS financial year (April to March) containing the date. */
    public static int financialYearStart(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** The financial year starting in April of {@code startYear}, written as the NHS does: 2026/27. */
    public static String financialYear(int startYear) {
        return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    /**
     * The plans and reports due by {@code asAt}: the two joint plans for the current financial
     * year, agreed on 20 March before it and published ten days later, and the annual reports on
     * the two years before, each agreed in June and published on 15 July of the following year
     * (the one on last year only once that day has passed).
     *
     * @param title the title a writer gives a plan of a kind for a financial year
     */
    public static List<Node> plans(LocalDate asAt, List<String> partnerTrusts, BiFunction<PlanKind, String, String> title, boolean illustrative) {
        int year = financialYearStart(asAt);
        String current = financialYear(year);
        LocalDate agreed = LocalDate.of(year, 3, 20);
        List<Node> plans = new ArrayList<>();
        plans.add(plan(PlanKind.JOINT_FORWARD_PLAN, current, title, agreed, agreed.plusDays(10), illustrative).put("prepared-with", partnerTrusts)
                .put("contents", keys(Arrays.asList(PlanContent.values()))));
        plans.add(plan(PlanKind.JOINT_CAPITAL_RESOURCE_USE_PLAN, current, title, agreed, agreed.plusDays(10), illustrative)
                .put("prepared-with", partnerTrusts));
        for (int reported = year - 2; reported < year; reported++) {
            LocalDate published = LocalDate.of(reported + 1, 7, 15);
            if (!published.isAfter(asAt)) {
                plans.add(plan(PlanKind.ANNUAL_REPORT, financialYear(reported), title, published.minusWeeks(4), published, illustrative));
            }
        }
        return plans;
    }

    private static Node plan(PlanKind kind, String year, BiFunction<PlanKind, String, String> title, LocalDate agreed, LocalDate published,
                             boolean illustrative) {
        return node().put("kind", kind.key()).put("financial-year", year).put("title", title.apply(kind, year)).put("agreed-on", agreed)
                .put("published-on", published).putIf(illustrative, "illustrative", true);
    }

    /** One entry per officer role, in the catalogue's order, held by the person the map names. */
    public static List<Node> officers(Map<OfficerRole, String> holders, boolean illustrative) {
        List<Node> officers = new ArrayList<>();
        for (OfficerRole role : OfficerRole.values()) {
            String person = holders.get(role);
            if (person == null) {
                throw new IllegalArgumentException("no holder for " + role.key());
            }
            officers.add(node().put("role", role.key()).put("person", person).putIf(illustrative, "illustrative", true));
        }
        return officers;
    }

    /** The procurement section: the annual summary of last financial year's contracting, published by 30 June (never after {@code asAt}). */
    public static Node procurement(LocalDate asAt) {
        int year = financialYearStart(asAt);
        LocalDate june = LocalDate.of(year, 6, 30);
        return node().put("annual-summaries", List.of(node().put("financial-year", financialYear(year - 1))
                .put("published-on", june.isAfter(asAt) ? asAt : june)));
    }

    private static List<String> keys(List<? extends Labelled> values) {
        return values.stream().map(Labelled::key).toList();
    }
}
