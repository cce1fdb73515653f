package org.icsdocs.core.validate;

import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Budget;
import org.icsdocs.core.model.Finance;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PooledBudget;
import org.icsdocs.core.model.RefKind;

/** FIN: allocation, delegated and pooled budgets, investment standards. */
public final class FinanceRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.FIN_001, Rule.FIN_002, Rule.FIN_003);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        DefinitionIndex index = in.index();
        Finance f = in.definition().finance();
        if (f == null) {
            out.report(Rule.FIN_003, index.systemLocation(), null,
                    "The definition has no finance section, so it does not declare how the mental health investment standard and the community health services funding guarantee are met",
                    "Add a 'finance:' section with 'mental-health-investment-standard:' and 'community-services-guarantee:'.");
            return;
        }
        delegatedBudgets(f, index, out);
        f.pooledBudgets().forEach(b -> pooledBudget(b, index, out));
        if (isBlank(f.mentalHealthInvestmentStandard())) {
            out.report(Rule.FIN_003, f.at().of("mentalHealthInvestmentStandard"), null, "The system does not declare how it meets the mental health investment standard",
                    "Add 'mental-health-investment-standard:' saying how mental health spending grows at least as fast as the allocation.");
        }
        if (isBlank(f.communityServicesGuarantee())) {
            out.report(Rule.FIN_003, f.at().of("communityServicesGuarantee"), null,
                    "The system does not declare how it meets the primary and community health services funding guarantee",
                    "Add 'community-services-guarantee:' saying how primary and community health services spending meets the guarantee.");
        }
    }

    // FIN-001 ------------------------------------------------------------------------------

    private static void delegatedBudgets(Finance f, DefinitionIndex index, Findings out) {
        Money total = Money.ZERO;
        for (Budget b : f.delegatedBudgets()) {
            if (b.amount() != null) {
                total = total.plus(b.amount());
            }
            if (isBlank(b.holder())) {
                out.report(Rule.FIN_001, b.at().of("holder"), b.id(), "The delegated budget '" + b.name() + "' does not name the body that holds it",
                        "Add 'holder:' naming the place, provider collaborative or committee that holds the budget.");
            } else if (index.resolves(RefKind.BODY, b.holder()) && !canHoldDelegatedBudget(b.holder(), index)) {
                out.report(Rule.FIN_001, b.at().of("holder"), b.id(), "The delegated budget '" + b.name() + "' is held by " + index.bodyName(b.holder())
                        + ", which is not a place, a provider collaborative, a committee or an organisation", "Name the place, committee or organisation the budget is delegated to.");
            }
        }
        if (f.delegatedBudgets().isEmpty()) {
            return;
        }
        if (f.allocation() == null) {
            out.report(Rule.FIN_001, f.at().of("allocation"), null, "Budgets totalling " + total + " are delegated, but the ICB's allocation is not recorded",
                    "Add 'allocation:' with the ICB's allocation for the year, e.g. £3.2bn.");
        } else if (total.compareTo(f.allocation()) > 0) {
            out.report(Rule.FIN_001, f.at().of("delegatedBudgets"), null, "Delegated budgets total " + total + ", more than the ICB's allocation of " + f.allocation(),
                    "Check the amounts: budgets delegated to places, collaboratives and committees come out of the allocation.");
        }
    }

    private static boolean canHoldDelegatedBudget(String body, DefinitionIndex index) {
        // An organisation may hold one too: the lead provider a budget is delegated to under s65Z5
        // (a collaborative itself is not a legal person; SOD-001 says so).
        return index.place(body).isPresent() || index.collaborative(body).isPresent() || index.committee(body).isPresent()
                || index.organisation(body).isPresent();
    }

    // FIN-002 ------------------------------------------------------------------------------

    private static void pooledBudget(PooledBudget b, DefinitionIndex index, Findings out) {
        boolean withAuthority = b.partners().stream()
                .anyMatch(id -> index.organisation(id).map(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY).orElse(false));
        // An unknown partner id is STR-001's finding; it may well be the council that was meant.
        boolean unresolved = b.partners().stream().anyMatch(id -> !index.resolves(RefKind.ORGANISATION, id));
        if (!withAuthority && !unresolved) {
            String named = b.partners().isEmpty() ? "names no partners" : "names no local authority among its partners";
            out.report(Rule.FIN_002, b.at().of("partners"), b.id(), "The pooled budget '" + b.name() + "' " + named,
                    "List the partners in 'partners:', including the local authority the budget is pooled with.");
        }
        if (isBlank(b.host())) {
            out.report(Rule.FIN_002, b.at().of("host"), b.id(), "The pooled budget '" + b.name() + "' does not name its host",
                    "Add 'host:' naming the organisation that hosts the pooled budget.");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
