package org.icsdocs.core.validate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Plan;
import org.icsdocs.core.model.PlanContent;
import org.icsdocs.core.model.PlanKind;

/**
 * PLN: the plans and reports NHS Act 2006 Part 2 Chapter A3 ("forward planning and reports",
 * inserted by the Health and Care Act 2022 s25 from 1 July 2022) requires each financial year.
 * s14Z52: before the start of each financial year the ICB and its partner trusts prepare a
 * five-year joint forward plan and publish it; s14Z56: likewise a joint capital resource use plan;
 * s14Z58: in each financial year the ICB prepares an annual report on the year before. The first
 * plans were due for 2023/24, so the plan rules apply from 1 April 2023. Each is judged on the
 * financial year of the as-at date: the plans for that year were due before it began; the annual
 * report due in the year before it must exist; the one due this year may still be in hand.
 */
public final class PlanRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.PLN_001, Rule.PLN_002, Rule.PLN_003, Rule.PLN_004, Rule.PLN_005);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        int year = FinancialYears.containing(in.context().asOf());
        // A missing plan or report points at the list it belongs in (its first entry), a real line of the file
        Location where = d.plans().isEmpty() ? in.index().systemLocation() : d.plans().get(0).at().at();
        for (Plan p : d.plans()) {
            wellFormed(p, out);
        }
        jointPlan(d, PlanKind.JOINT_FORWARD_PLAN, Rule.PLN_001, year, where, out);
        jointPlan(d, PlanKind.JOINT_CAPITAL_RESOURCE_USE_PLAN, Rule.PLN_004, year, where, out);
        forYear(d, PlanKind.JOINT_FORWARD_PLAN, year).ifPresent(p -> contents(p, out));
        annualReports(d, year, where, out);
    }

    private static void wellFormed(Plan p, Findings out) {
        if (FinancialYears.startYear(p.financialYear()).isEmpty()) {
            out.report(Rule.PLN_005, p.at().of("financialYear"), null, "'" + p.financialYear() + "' is not a financial year: " + p.title()
                    + " cannot be placed in time", "Write the financial year as the NHS does, e.g. 2026/27 (1 April 2026 to 31 March 2027).");
        }
        if (p.agreedOn() != null && p.publishedOn() != null && p.publishedOn().isBefore(p.agreedOn())) {
            out.report(Rule.PLN_005, p.at().of("publishedOn"), null, p.title() + " is published on " + p.publishedOn()
                    + ", before it was agreed on " + p.agreedOn(), "Correct one of the two dates: a plan is published once agreed.");
        }
    }

    private static Optional<Plan> forYear(Definition d, PlanKind kind, int year) {
        return d.plans().stream().filter(p -> p.kind() == kind)
                .filter(p -> FinancialYears.startYear(p.financialYear()).map(y -> y == year).orElse(false)).findFirst();
    }

    /** s14Z52(1),(3) and s14Z56: prepared with the partner trusts before the year starts, and published. */
    private static void jointPlan(Definition d, PlanKind kind, Rule rule, int year, Location where, Findings out) {
        String noun = BoardRules.lowerFirst(kind.label());
        LocalDate starts = FinancialYears.firstDay(year);
        Optional<Plan> plan = forYear(d, kind, year);
        if (plan.isEmpty()) {
            out.report(rule, where, null, "There is no " + noun + " for " + FinancialYears.label(year) + ", which was due before the year began on " + starts,
                    "Add a plan under 'plans:' with 'kind: " + kind.key() + "' and 'financial-year: " + FinancialYears.label(year) + "'.");
            return;
        }
        Plan p = plan.get();
        if (p.agreedOn() == null) {
            out.report(rule, p.at().at(), null, p.title() + " does not record when it was agreed, so it cannot be shown to precede the year it plans",
                    "Add 'agreed-on:' with the day the ICB and its partner trusts agreed it.");
        } else if (!p.agreedOn().isBefore(starts)) {
            out.report(rule, p.at().of("agreedOn"), null, p.title() + " was agreed on " + p.agreedOn() + ", after its financial year began on " + starts,
                    "The plan for a year is prepared before the year starts; correct the date, or record that the plan was late with the board's reasons.");
        }
        if (p.publishedOn() == null) {
            out.report(rule, p.at().at(), null, p.title() + " does not record its publication", "Add 'published-on:' (and 'url:') once it is published.");
        }
        if (p.preparedWith().isEmpty()) {
            out.report(rule, p.at().at(), null, p.title() + " names no partner NHS trust or foundation trust that prepared it with the ICB",
                    "Add 'prepared-with:' listing the partner trusts (those that nominate the trust partner member).");
        }
    }

    /** s14Z52(2): the contents the plan must in particular set out. */
    private static void contents(Plan p, Findings out) {
        List<PlanContent> missing = Arrays.stream(PlanContent.values()).filter(c -> !p.contents().contains(c)).toList();
        if (!missing.isEmpty()) {
            out.report(Rule.PLN_002, p.at().of("contents"), null, p.title() + " does not set out: "
                            + missing.stream().map(c -> BoardRules.lowerFirst(c.label())).collect(Collectors.joining("; ")),
                    "Record under 'contents:' each part the plan sets out: " + missing.stream().map(PlanContent::key).collect(Collectors.joining(", ")) + ".");
        }
    }

    /** s14Z58(1): the report on year Y is prepared in year Y+1, so as at year N the report on N-2 must exist. */
    private static void annualReports(Definition d, int year, Location where, Findings out) {
        int overdue = year - 2;
        if (FinancialYears.firstDay(overdue).isBefore(LocalDate.of(2022, 4, 1))) {
            return; // ICBs were established on 1 July 2022: their first report was on 2022/23
        }
        if (forYear(d, PlanKind.ANNUAL_REPORT, overdue).isEmpty()) {
            out.report(Rule.PLN_003, where, null, "There is no annual report on " + FinancialYears.label(overdue) + ", which was due during "
                    + FinancialYears.label(overdue + 1), "Add a plan under 'plans:' with 'kind: annual-report' and 'financial-year: "
                    + FinancialYears.label(overdue) + "'.");
        }
        for (Plan p : d.plans()) {
            Optional<Integer> on = FinancialYears.startYear(p.financialYear());
            if (p.kind() != PlanKind.ANNUAL_REPORT || on.isEmpty() || p.publishedOn() == null) {
                continue;
            }
            if (!p.publishedOn().isAfter(FinancialYears.lastDay(on.get()))) {
                out.report(Rule.PLN_003, p.at().of("publishedOn"), null, p.title() + " is published on " + p.publishedOn()
                                + ", before the year it reports on (" + FinancialYears.label(on.get()) + ") ended",
                        "An annual report covers a whole financial year; correct 'financial-year:' or 'published-on:'.");
            }
        }
    }
}
