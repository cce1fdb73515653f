package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Finance;

/**
 * FIN-004 and FIN-005: the ICB's own financial duties. NHS Act 2006 s223GC (inserted by the
 * Health and Care Act 2022 s29): an ICB exercises its functions so that its expenditure in a year
 * does not exceed the sums it receives, the allocation chief among them; s223GB lets NHS England
 * direct it on the use of resources. The running cost allowance is set each year with allocations
 * (national guidance, so a warning).
 *
 * <p>No auditor panel rule: the Local Audit and Accountability Act 2014 s9 and Sch. 4 require an
 * auditor panel of each "relevant authority" listed in its Sch. 2, and the text held still names
 * clinical commissioning groups (s8(4)(b), s13); whether the Health and Care Act 2022 put ICBs in
 * their place could not be verified, so no rule is built until a source shows it.
 */
public final class FinancialDutyRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.FIN_004, Rule.FIN_005);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Finance f = in.definition().finance();
        if (f == null) {
            out.report(Rule.FIN_004, in.index().systemLocation(), null, "The definition has no 'finance:' section, so the ICB's financial duties cannot be shown to be met",
                    "Add 'finance:' with the year, the allocation and the planned expenditure.");
            return;
        }
        String year = f.year() == null ? "the year" : f.year();
        if (f.plannedExpenditure() == null) {
            out.report(Rule.FIN_004, f.at().at(), null, "The ICB's planned expenditure for " + year + " is not recorded",
                    "Add 'planned-expenditure:' from the financial plan the board approved, e.g. £4.7bn.");
        } else if (f.allocation() != null && f.plannedExpenditure().compareTo(f.allocation()) > 0) {
            out.report(Rule.FIN_004, f.at().of("plannedExpenditure"), null, "The ICB plans to spend " + f.plannedExpenditure() + " in " + year
                    + ", more than its allocation of " + f.allocation(), "An ICB's expenditure may not exceed the sums it receives; correct the plan or record the other income.");
        }
        if (f.runningCostAllowance() == null || f.runningCosts() == null) {
            String missing = f.runningCostAllowance() == null ? "running cost allowance for " + year + " is" : "planned running costs for " + year + " are";
            out.report(Rule.FIN_005, f.at().at(), null, "The ICB's " + missing + " not recorded",
                    "Add 'running-cost-allowance:' and 'running-costs:' for the year.");
        } else if (f.runningCosts().compareTo(f.runningCostAllowance()) > 0) {
            out.report(Rule.FIN_005, f.at().of("runningCosts"), null, "Planned running costs of " + f.runningCosts() + " exceed the running cost allowance of "
                    + f.runningCostAllowance() + " for " + year, "Bring running costs within the allowance, or record a justification with the board's reasons.");
        }
    }
}
