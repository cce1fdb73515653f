package org.icsdocs.core.model;

import java.util.List;

@Doc("Financial arrangements.")
public record Finance(
        @Doc("Financial year, e.g. 2026/27.") String year,
        @Doc("The ICB's allocation.") Money allocation,
        List<Budget> delegatedBudgets,
        List<PooledBudget> pooledBudgets,
        @Doc("How the mental health investment standard is met (FIN-003).") String mentalHealthInvestmentStandard,
        @Doc("How the primary and community health services funding guarantee is met (FIN-003).") String communityServicesGuarantee,
        @Doc("Planned revenue expenditure for the year, which may not exceed the sums the ICB receives (FIN-004; NHS Act 2006 s223GC).") Money plannedExpenditure,
        @Doc("The running cost allowance NHS England sets for the year (FIN-005).") Money runningCostAllowance,
        @Doc("Planned running costs for the year (FIN-005).") Money runningCosts,
        Span at) {

    public Finance {
        delegatedBudgets = delegatedBudgets == null ? List.of() : List.copyOf(delegatedBudgets);
        pooledBudgets = pooledBudgets == null ? List.of() : List.copyOf(pooledBudgets);
    }
}
