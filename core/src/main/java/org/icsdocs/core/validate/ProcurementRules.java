package org.icsdocs.core.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.ContractAward;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Procurement;

/**
 * PSR: the Health Care Services (Provider Selection Regime) Regulations 2023 (S.I. 2023/1348), in
 * force from 1 January 2024. Reg 24: a relevant authority keeps a record of each award: the
 * provider, the decision-making process followed including the individuals who decided, and for
 * direct award C and the most suitable provider process how the key criteria and basic selection
 * criteria were taken into account. Reg 25: it publishes an annual summary of its contracting.
 * Awards decided before 1 January 2024 fell under S.I. 2013/500 and are not judged here.
 */
public final class ProcurementRules implements RuleFamily {

    static final LocalDate IN_FORCE = LocalDate.of(2024, 1, 1);

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.PSR_001, Rule.PSR_002);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        Procurement p = d.procurement();
        for (ContractAward a : p == null ? List.<ContractAward>of() : p.awards()) {
            if (a.decidedOn() != null && !a.decidedOn().isBefore(IN_FORCE)) {
                record(a, out);
            }
        }
        int previous = FinancialYears.containing(in.context().asOf()) - 1;
        // The first year wholly under the regime is 2024/25; 2023/24's summary covered three months.
        if (previous < 2023) {
            return;
        }
        boolean published = p != null && p.annualSummaries().stream()
                .anyMatch(s -> FinancialYears.startYear(s.financialYear()).map(y -> y == previous).orElse(false) && s.publishedOn() != null);
        if (!published) {
            Location where = p == null ? in.index().systemLocation() : p.at().of("annualSummaries");
            out.report(Rule.PSR_002, where, null, "No published annual summary of contracting activity for " + FinancialYears.label(previous) + " is recorded",
                    "Add under 'procurement: annual-summaries:' the summary for " + FinancialYears.label(previous) + " with its 'published-on:' date.");
        }
    }

    private static void record(ContractAward a, Findings out) {
        List<String> missing = new ArrayList<>();
        if (a.provider() == null) {
            missing.add("the provider awarded the contract");
        }
        if (a.process() == null) {
            missing.add("the process followed");
        }
        if (a.decisionMakers().isEmpty()) {
            missing.add("the individuals who made the decision");
        }
        if (a.process() != null && a.process().weighsCriteria() && (a.criteriaConsidered() == null || a.criteriaConsidered().isBlank())) {
            missing.add("how the key criteria and basic selection criteria were taken into account");
        }
        if (!missing.isEmpty()) {
            out.report(Rule.PSR_001, a.at().at(), a.id(), "The record of award " + a.id() + " (" + a.services() + ", decided on " + a.decidedOn()
                    + ") does not say " + String.join("; ", missing), "Complete the record: 'provider:', 'process:', 'decision-makers:' and, "
                    + "for direct award C, most suitable provider and competitive processes, 'criteria-considered:'.");
        }
    }
}
