package org.icsdocs.core.validate;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Authorities;
import org.icsdocs.core.model.Budget;
import org.icsdocs.core.model.CollaborativeModel;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CoreFunction;
import org.icsdocs.core.model.DecisionCategory;
import org.icsdocs.core.model.DecisionKind;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Delegation;
import org.icsdocs.core.model.DelegationEntry;
import org.icsdocs.core.model.FunctionCategory;
import org.icsdocs.core.model.GovernanceModel;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.OfficerRole;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.model.SchemeOfDelegation;
import org.icsdocs.core.model.SchemeRole;

/**
 * SOD: the scheme of reservation and delegation, and what the rest of the definition delegates.
 * SOD-001 and SOD-005 judge every delegation, with or without a scheme; the others judge the
 * scheme, so a definition without one (a new project's skeleton) is not held to them.
 */
public final class SchemeRules implements RuleFamily {

    /** Decisions that commission services or spend money: an assurance-only committee holds none (SOD-005). */
    private static final Set<DecisionKind> SPENDING = EnumSet.of(DecisionKind.PSR_DIRECT_AWARD, DecisionKind.PSR_MOST_SUITABLE_PROVIDER,
            DecisionKind.PSR_COMPETITIVE_PROCESS, DecisionKind.OTHER_CONTRACT_AWARDS, DecisionKind.BUSINESS_CASES, DecisionKind.REVENUE_COMMITMENTS,
            DecisionKind.CAPITAL_COMMITMENTS, DecisionKind.CONTINUING_HEALTHCARE, DecisionKind.INDIVIDUAL_FUNDING_REQUESTS,
            DecisionKind.DELEGATION_AGREEMENTS, DecisionKind.VIREMENTS, DecisionKind.WAIVERS);

    @Override
    public Set<Rule> rules() {
        return EnumSet.of(Rule.SOD_001, Rule.SOD_002, Rule.SOD_003, Rule.SOD_004, Rule.SOD_005, Rule.SOD_006, Rule.SOD_007,
                Rule.SOD_008, Rule.SOD_009);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        DefinitionIndex index = in.index();
        Recipients recipients = new Recipients(index, out);
        for (IcbFunction f : d.functions()) {
            recipients.check(f.exercisedBy(), f.at().of("exercisedBy"), f.id(), "exercises " + FunctionRules.describe(f), commissioning(f));
            nhsEnglandDelegation(f, index, out);
            notDelegatedYetNotReserved(f, d, index, out);
        }
        for (Delegation x : d.delegations()) {
            boolean spends = x.financialLimit() != null || index.function(x.function()).map(SchemeRules::commissioning).orElse(false);
            recipients.check(x.to(), x.at().of("to"), x.id(), "receives delegation " + x.id(), spends);
        }
        if (d.finance() != null) {
            for (Budget b : d.finance().delegatedBudgets()) {
                recipients.check(b.holder(), b.at().of("holder"), b.id(), "holds the delegated budget '" + b.name() + "'", true);
            }
        }
        SchemeOfDelegation scheme = d.scheme();
        if (scheme == null) {
            return;
        }
        for (DecisionCategory c : scheme.categories()) {
            held(c, index, out);
            for (DelegationEntry e : c.holders()) {
                recipients.check(e.body(), e.at().of("body"), c.id(), "holds '" + c.name() + "'", SPENDING.contains(c.kind()));
                subDelegation(c, e, index, out);
            }
        }
        covers(scheme, out);
        for (SchemeRole r : scheme.roles()) {
            if (index.authorities().holdersOf(r).stream().noneMatch(p -> index.person(p).isPresent())) {
                out.report(Rule.SOD_007, r.at().of("id"), r.id(), "Nobody in the definition holds the scheme's role '" + r.title() + "'",
                        "Say who holds it: 'board-seat:' (e.g. director-of-finance), 'officer-role:' (e.g. accountable-emergency-officer) or 'held-by:' with the people's ids.");
            }
        }
        emergencyPreparedness(d, scheme, index, out);
    }

    // SOD-001 and SOD-005 ---------------------------------------------------------------------

    /** Checks whoever receives something the ICB delegates: a legal person or a committee; not an assurance-only committee when it spends. */
    private record Recipients(DefinitionIndex index, Findings out) {

        void check(String body, Location at, String subject, String what, boolean spends) {
            if (body == null) {
                return;
            }
            // A collaborative that decides through a joint committee of its members may exercise a function
            // jointly delegated to them (ss65Z5(1) and 65Z6); otherwise it is a name for an arrangement, not a body.
            index.collaborative(body).filter(c -> c.decisionModel() != CollaborativeModel.JOINT_COMMITTEE).ifPresent(c -> out.report(Rule.SOD_001, at, subject,
                    c.name() + " " + what + ", but a provider collaborative is not a legal person and cannot be delegated to",
                    c.leadProvider() != null
                            ? "Delegate to its lead provider, " + index.organisationName(c.leadProvider()) + " ('" + c.leadProvider() + "'), under a lead provider agreement (NHS Act 2006 s65Z5)."
                            : "Delegate to one of its member organisations as lead provider, or to a joint committee of its members (NHS Act 2006 ss65Z5 and 65Z6)."));
            index.place(body).filter(p -> !isCommittee(p)).ifPresent(p -> out.report(Rule.SOD_001, at, subject,
                    p.name() + " " + what + ", but the place partnership is not a legal person or a committee of the ICB",
                    "Delegate to the place's committee or joint committee, to the ICB director who leads it, or to its lead provider organisation."));
            if (spends) {
                index.committee(body).filter(Committee::isAssuranceOnly).ifPresent(c -> out.report(Rule.SOD_005, at, subject,
                        c.name() + " " + what + ", but its terms of reference give it assurance only",
                        "Give the decision to a committee with delegated authority (or to an officer role), or set 'assurance-only: false' on the committee if its terms of reference delegate decisions to it."));
            }
        }

        private static boolean isCommittee(Place p) {
            GovernanceModel model = p.governance() == null ? null : p.governance().model();
            return model == GovernanceModel.COMMITTEE_OF_ICB || model == GovernanceModel.JOINT_COMMITTEE || model == GovernanceModel.ICB_DIRECTOR;
        }
    }

    /** A function whose exercise commissions services or spends: delegated by NHS England, shared, pooled, with a limit, or arranging provision. */
    private static boolean commissioning(IcbFunction f) {
        return f.category() == FunctionCategory.NHS_ENGLAND_DELEGATED || f.category() == FunctionCategory.SUPRA_ICS
                || f.category() == FunctionCategory.JOINT_WITH_LOCAL_AUTHORITY || f.financialLimit() != null || f.pooledBudget() != null
                || f.coreFunction() == CoreFunction.ARRANGE_PROVISION;
    }

    // SOD-002 -------------------------------------------------------------------------------

    private static void subDelegation(DecisionCategory c, DelegationEntry e, DefinitionIndex index, Findings out) {
        if (e.from() == null || index.isBoard(e.from())) {
            return;
        }
        String who = holderName(e.holder(), index);
        String by = holderName(e.from(), index);
        Optional<DelegationEntry> delegator = c.holders().stream().filter(h -> e.from().equals(h.holder())).findFirst();
        if (delegator.isEmpty()) {
            out.report(Rule.SOD_002, e.at().of("from"), c.id(), "'" + c.name() + "' is sub-delegated to " + who + " by " + by + ", which does not hold it",
                    "Sub-delegate from a holder of the same decision, or list " + by + " among its holders first.");
            return;
        }
        DelegationEntry from = delegator.get();
        if (!from.maySubDelegateFurther()) {
            out.report(Rule.SOD_002, e.at().of("from"), c.id(), "'" + c.name() + "' is sub-delegated to " + who + " by " + by + ", which may not sub-delegate it",
                    "Add 'may-sub-delegate: true' to " + by + "'s entry if the board allows it, or remove the sub-delegation.");
        }
        if (exceeds(e.upTo(), from.upTo())) {
            out.report(Rule.SOD_002, e.at().of(e.upTo() == null ? "from" : "upTo"), c.id(), "'" + c.name() + "' is sub-delegated to " + who + " up to "
                            + limit(e.upTo()) + ", above the " + limit(from.upTo()) + " that " + by + " holds",
                    "A holder can pass on no more than it holds: lower the limit to " + from.upTo() + " or less.");
        }
        if (exceeds(e.perYear(), from.perYear())) {
            out.report(Rule.SOD_002, e.at().of(e.perYear() == null ? "from" : "perYear"), c.id(), "'" + c.name() + "' is sub-delegated to " + who + " up to "
                            + limit(e.perYear()) + " a year, above the " + limit(from.perYear()) + " a year that " + by + " holds",
                    "Lower the yearly limit to " + from.perYear() + " or less.");
        }
    }

    /** Whether a limit (null: none) is more than the ceiling (null: none). */
    private static boolean exceeds(Money limit, Money ceiling) {
        return ceiling != null && (limit == null || limit.compareTo(ceiling) > 0);
    }

    private static String limit(Money m) {
        return m == null ? "no limit" : m.toString();
    }

    // SOD-003, SOD-004 -----------------------------------------------------------------------

    private static void held(DecisionCategory c, DefinitionIndex index, Findings out) {
        if (!c.isReserved() && c.holders().isEmpty()) {
            out.report(Rule.SOD_003, c.at().of("id"), c.id(), "Nobody holds '" + c.name() + "': it is neither reserved to the board nor delegated",
                    "Add 'reserved: true', or 'holders:' naming the bodies or officer roles that may decide it and their limits.");
        }
        if (c.isReserved()) {
            c.holders().stream().filter(e -> !index.isBoard(e.holder())).forEach(e -> out.report(Rule.SOD_003, e.at().at(), c.id(),
                    "'" + c.name() + "' is reserved to the board, yet the scheme also gives it to " + holderName(e.holder(), index),
                    "Remove the holder, or remove 'reserved: true' and list the board among the holders."));
        }
    }

    private static void covers(SchemeOfDelegation scheme, Findings out) {
        Set<DecisionKind> present = scheme.categories().stream().map(DecisionCategory::kind).collect(Collectors.toSet());
        List<DecisionKind> missing = EnumSet.allOf(DecisionKind.class).stream().filter(k -> !present.contains(k)).toList();
        if (!missing.isEmpty()) {
            out.report(Rule.SOD_004, scheme.at().of("categories"), null, "The scheme says nothing about: "
                            + missing.stream().map(k -> k.label().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining("; ")),
                    "Add a category for each (kind: " + missing.stream().map(DecisionKind::key).collect(Collectors.joining(", ")) + "), reserved to the board or delegated with limits.");
        }
    }

    // SOD-006 -------------------------------------------------------------------------------

    private static void nhsEnglandDelegation(IcbFunction f, DefinitionIndex index, Findings out) {
        if (f.category() != FunctionCategory.NHS_ENGLAND_DELEGATED) {
            return;
        }
        boolean jointly = !f.partnerIcbs().isEmpty()
                || index.committee(f.exercisedBy()).map(c -> c.effectiveType() == org.icsdocs.core.model.CommitteeType.JOINT_COMMITTEE).orElse(false);
        if (jointly && isBlank(f.jointArrangement())) {
            out.report(Rule.SOD_006, f.at().of(f.partnerIcbs().isEmpty() ? "exercisedBy" : "partnerIcbs"), f.id(),
                    FunctionRules.describe(f) + " is delegated by NHS England and exercised with other ICBs, but names no joint arrangement",
                    "Add 'joint-arrangement:' naming the joint committee or joint working agreement of the ICBs (NHS Act 2006 s65Z6).");
        }
        Authorities authorities = index.authorities();
        if (!authorities.present()) {
            return;
        }
        boolean limited = f.financialLimit() != null
                || index.definition().delegations().stream().anyMatch(x -> f.id().equals(x.function()) && x.financialLimit() != null)
                || authorities.categoriesOf(f).stream().flatMap(c -> c.holders().stream()).anyMatch(e -> e.upTo() != null);
        if (!limited) {
            out.report(Rule.SOD_006, f.at().of(f.decidedUnder().isEmpty() ? "delegatedBy" : "decidedUnder"), f.id(),
                    FunctionRules.describe(f) + " is delegated by NHS England, but neither the map nor the scheme sets a financial limit on it",
                    "Add 'financial-limit:' to the function, or decide it under a category of the scheme whose holders have limits ('up-to:').");
        }
    }

    // SOD-008 -------------------------------------------------------------------------------

    private static void emergencyPreparedness(Definition d, SchemeOfDelegation scheme, DefinitionIndex index, Findings out) {
        List<String> aeo = d.officers().stream().filter(o -> o.role() == OfficerRole.ACCOUNTABLE_EMERGENCY_OFFICER).map(o -> o.person()).toList();
        Authorities authorities = index.authorities();
        for (DecisionCategory c : scheme.ofKind(DecisionKind.EMERGENCY_PREPAREDNESS)) {
            List<String> roles = new java.util.ArrayList<>();
            if (c.lead() != null) {
                roles.add(c.lead());
            }
            c.holders().stream().filter(DelegationEntry::isRole).forEach(e -> roles.add(e.role()));
            boolean led = roles.stream().map(scheme::role).flatMap(Optional::stream).anyMatch(r -> r.officerRole() == OfficerRole.ACCOUNTABLE_EMERGENCY_OFFICER
                    || authorities.holdersOf(r).stream().anyMatch(aeo::contains));
            if (!led) {
                out.report(Rule.SOD_008, c.at().of(c.lead() == null ? "id" : "lead"), c.id(),
                        "'" + c.name() + "' is not led by the Accountable Emergency Officer",
                        "Add 'lead:' with the scheme's role held by the Accountable Emergency Officer (a role with 'officer-role: accountable-emergency-officer').");
            }
        }
        for (IcbFunction f : d.functions()) {
            if (f.coreFunction() == CoreFunction.EMERGENCY_PREPAREDNESS
                    && authorities.categoriesOf(f).stream().noneMatch(c -> c.kind() == DecisionKind.EMERGENCY_PREPAREDNESS)) {
                out.report(Rule.SOD_008, f.at().of(f.decidedUnder().isEmpty() ? "id" : "decidedUnder"), f.id(),
                        FunctionRules.describe(f) + " is not decided under the scheme's emergency preparedness decisions, so nothing links it to the Accountable Emergency Officer",
                        "Add 'decided-under:' with the scheme's emergency preparedness category.");
            }
        }
    }

    // SOD-009 -------------------------------------------------------------------------------

    private static void notDelegatedYetNotReserved(IcbFunction f, Definition d, DefinitionIndex index, Findings out) {
        if (d.scheme() == null || index.isReserved(f) || f.category() == FunctionCategory.JOINT_WITH_LOCAL_AUTHORITY
                || f.category() == FunctionCategory.SUPRA_ICS || !f.partnerIcbs().isEmpty()
                || d.delegations().stream().anyMatch(x -> f.id().equals(x.function()))) {
            return;
        }
        // Delegated through the scheme: a category it is decided under has a holder other than the board.
        if (index.authorities().categoriesOf(f).stream().flatMap(c -> c.holders().stream()).anyMatch(e -> !index.isBoard(e.holder()))) {
            return;
        }
        String by = f.exercisedBy() != null ? f.exercisedBy() : f.accountable();
        boolean boardHolds = by == null || index.isBoard(by) || (d.ics() != null && by.equals(d.ics().icb()));
        if (boardHolds) {
            out.report(Rule.SOD_009, f.at().of(f.decidedUnder().isEmpty() ? "id" : "decidedUnder"), f.id(),
                    FunctionRules.describe(f) + " is not delegated, yet neither it nor the scheme reserves it to the board",
                    "Decide it under a category the scheme reserves ('decided-under:'), mark it 'reserved-to-board: true', or delegate it.");
        }
    }

    // -------------------------------------------------------------------------------------

    /** A body's name or a role's title, as a message prints it. */
    static String holderName(String id, DefinitionIndex index) {
        if (id == null) {
            return "nobody";
        }
        Optional<SchemeRole> role = index.definition().scheme() == null ? Optional.empty() : index.definition().scheme().role(id);
        return role.map(r -> "the " + r.title()).orElseGet(() -> index.bodyName(id));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
