package org.icsdocs.core.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.CoreFunction;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Delegation;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PooledBudget;
import org.icsdocs.core.model.RefKind;

/** FDM: the functions-and-decision map: accountability and delegation. */
public final class FunctionRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.FDM_001, Rule.FDM_002, Rule.FDM_003, Rule.FDM_004, Rule.FDM_005, Rule.FDM_006);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        DefinitionIndex index = in.index();
        Map<String, List<Delegation>> byFunction = new LinkedHashMap<>();
        for (Delegation x : d.delegations()) {
            byFunction.computeIfAbsent(x.function(), k -> new ArrayList<>()).add(x);
        }
        coreFunctions(d, index, out);
        for (Delegation x : d.delegations()) {
            delegation(x, byFunction.get(x.function()), index, out);
        }
        byFunction.forEach((function, delegations) -> cycles(function, delegations, index, out));
        for (IcbFunction f : d.functions()) {
            if (f.category() != null) {
                switch (f.category()) {
                    case NHS_ENGLAND_DELEGATED -> nhsEnglandDelegated(f, index, out);
                    case JOINT_WITH_LOCAL_AUTHORITY -> jointWithLocalAuthority(f, d, index, out);
                    case SUPRA_ICS -> supraIcs(f, d, index, out);
                    default -> { }
                }
            }
            tracesToBoard(f, byFunction.getOrDefault(f.id(), List.of()), index, out);
        }
    }

    // FDM-001 ------------------------------------------------------------------------------

    private static void coreFunctions(Definition d, DefinitionIndex index, Findings out) {
        for (CoreFunction core : CoreFunction.values()) {
            List<IcbFunction> mapped = d.functions().stream().filter(f -> f.coreFunction() == core).toList();
            if (mapped.isEmpty()) {
                // Nothing on the map to point at, so point at the file where the map is kept.
                Location where = d.functions().isEmpty() ? index.systemLocation()
                        : Location.ofFile(d.functions().get(0).at().at().file());
                out.report(Rule.FDM_001, where, null, "No function on the functions and decision map is the core function '"
                                + core.label() + "', so no body is accountable for it",
                        "Add a function with 'core-function: " + core.key() + "' and name its accountable body (usually the board).");
                continue;
            }
            List<IcbFunction> held = new ArrayList<>();
            for (IcbFunction f : mapped) {
                if (isBlank(f.accountable())) {
                    out.report(Rule.FDM_001, f.at().of("coreFunction"), f.id(), describe(f) + " is the core function '"
                            + core.label() + "' but names no accountable body", "Add 'accountable:' naming the body accountable for it (usually the board).");
                } else {
                    held.add(f);
                }
            }
            for (int i = 1; i < held.size(); i++) {
                IcbFunction first = held.get(0);
                IcbFunction extra = held.get(i);
                out.report(Rule.FDM_001, extra.at().of("coreFunction"), extra.id(), describe(extra) + " is a second entry for the core function '"
                                + core.label() + "', which " + describe(first) + " already gives to " + index.bodyName(first.accountable()),
                        "Keep one entry per core function; record its parts as functions without 'core-function', or as delegations.");
            }
        }
    }

    // FDM-002 ------------------------------------------------------------------------------

    private static void delegation(Delegation x, List<Delegation> sameFunction, DefinitionIndex index, Findings out) {
        boolean toBody = !isBlank(x.to());
        boolean toOfficer = !isBlank(x.officer());
        if (!toBody && !toOfficer) {
            out.report(Rule.FDM_002, x.at().at(), x.id(), "Delegation " + x.id() + " of " + x.function() + " names no one to receive it",
                    "Add 'to:' with the body it is delegated to, or 'officer:' with the person.");
        } else if (toBody && toOfficer) {
            out.report(Rule.FDM_002, x.at().of("officer"), x.id(), "Delegation " + x.id() + " names both a body (" + index.bodyName(x.to())
                    + ") and an officer (" + index.personName(x.officer()) + ")", "A delegation goes to one body or one officer; record the other as its own delegation.");
        }
        IcbFunction f = index.function(x.function()).orElse(null);
        if (f == null) {
            return;
        }
        if (index.isReserved(f)) {
            // The contradiction has two ends, the function and the delegation: reported at both.
            ConsistencyRules.both(out, Rule.FDM_002, x.id(), x.at().of("function"), index.reservedAt(f),
                    describe(f) + " is reserved to the board, but delegation " + x.id() + " delegates it to " + recipient(x, index),
                    "Remove the delegation; if the board has agreed the function may be delegated, remove 'reserved-to-board' from it, or decide it under a category the scheme delegates.");
        }
        if (isBlank(x.from()) || !index.resolves(RefKind.BODY, x.from())) {
            return;
        }
        Set<String> holders = new LinkedHashSet<>();
        if (!isBlank(f.accountable())) {
            holders.add(f.accountable());
        }
        sameFunction.stream().filter(y -> y != x && !isBlank(y.to())).forEach(y -> holders.add(y.to()));
        if (!holders.contains(x.from())) {
            String heldBy = holders.isEmpty() ? "no body holds it" : "it is held by " + names(holders, index);
            out.report(Rule.FDM_002, x.at().of("from"), x.id(), "Delegation " + x.id() + " delegates " + describe(f) + " from "
                            + index.bodyName(x.from()) + ", which does not hold it: " + heldBy,
                    "Delegate from the function's accountable body or from a body it has already been delegated to.");
        }
    }

    private static void cycles(String function, List<Delegation> delegations, DefinitionIndex index, Findings out) {
        List<Delegation> edges = delegations.stream().filter(x -> !isBlank(x.from()) && !isBlank(x.to())).toList();
        DelegationGraph graph = new DelegationGraph(edges);
        Set<Delegation> reported = new HashSet<>();
        for (Delegation x : edges) {
            if (reported.contains(x) || !graph.reaches(x.to(), x.from())) {
                continue;
            }
            List<Delegation> loop = edges.stream()
                    .filter(y -> graph.together(x.from(), y.from()) && graph.together(x.from(), y.to())).toList();
            reported.addAll(loop);
            String steps = loop.stream().map(y -> y.id() + " (" + index.bodyName(y.from()) + " to " + index.bodyName(y.to()) + ")")
                    .collect(Collectors.joining(", "));
            out.report(Rule.FDM_002, x.at().of("to"), x.id(), "Delegations of " + index.function(function).map(FunctionRules::describe).orElse(function)
                    + " go round in a circle: " + steps, "A delegation chain runs one way, out from the accountable body; remove the delegation that leads back.");
        }
    }

    // FDM-003, FDM-004, FDM-005 ------------------------------------------------------------

    private static void nhsEnglandDelegated(IcbFunction f, DefinitionIndex index, Findings out) {
        if (isBlank(f.delegatedBy())) {
            out.report(Rule.FDM_003, f.at().of("category"), f.id(), describe(f) + " is delegated by NHS England but does not name the delegating organisation",
                    "Add 'delegated-by:' naming the NHS England organisation.");
        } else if (index.resolves(RefKind.ORGANISATION, f.delegatedBy()) && !isOfKind(f.delegatedBy(), OrganisationKind.NHS_ENGLAND, index)) {
            out.report(Rule.FDM_003, f.at().of("delegatedBy"), f.id(), describe(f) + " is recorded as delegated by "
                            + index.organisationName(f.delegatedBy()) + ", which is not NHS England",
                    "Name NHS England in 'delegated-by:', or change the function's category.");
        }
        if (isBlank(f.agreement())) {
            out.report(Rule.FDM_003, f.at().of("category"), f.id(), describe(f) + " does not name its delegation agreement with NHS England",
                    "Add 'agreement:' with the title of the delegation agreement.");
        }
        if (isBlank(f.exercisedBy())) {
            out.report(Rule.FDM_003, f.at().of("category"), f.id(), describe(f) + " does not name the body that exercises it",
                    "Add 'exercised-by:' naming the body that exercises it day to day, e.g. the primary care commissioning committee.");
        }
    }

    private static void jointWithLocalAuthority(IcbFunction f, Definition d, DefinitionIndex index, Findings out) {
        String what = describe(f) + " is joint commissioning with a local authority (section 75)";
        if (isBlank(f.localAuthority())) {
            out.report(Rule.FDM_004, f.at().of("category"), f.id(), what + " but does not name the authority", "Add 'local-authority:'.");
        } else if (index.resolves(RefKind.ORGANISATION, f.localAuthority()) && !isOfKind(f.localAuthority(), OrganisationKind.LOCAL_AUTHORITY, index)) {
            out.report(Rule.FDM_004, f.at().of("localAuthority"), f.id(), describe(f) + " names " + index.organisationName(f.localAuthority())
                    + " as its local authority, which is not a local authority", "Name the council the function is shared with.");
        }
        boolean pooled = d.finance() != null && d.finance().pooledBudgets().stream().map(PooledBudget::id).anyMatch(id -> id.equals(f.pooledBudget()));
        if (isBlank(f.pooledBudget())) {
            out.report(Rule.FDM_004, f.at().of("category"), f.id(), what + " but does not name the pooled budget",
                    "Add 'pooled-budget:' naming a budget under finance.pooled-budgets.");
        } else if (!pooled && index.resolves(RefKind.BUDGET, f.pooledBudget())) {
            out.report(Rule.FDM_004, f.at().of("pooledBudget"), f.id(), describe(f) + " names '" + f.pooledBudget()
                    + "' as its pooled budget, but that is a delegated budget, not a pooled one", "Name a budget under finance.pooled-budgets.");
        }
        if (isBlank(f.place())) {
            out.report(Rule.FDM_004, f.at().of("category"), f.id(), what + " but does not name the place where it applies", "Add 'place:'.");
        }
    }

    private static void supraIcs(IcbFunction f, Definition d, DefinitionIndex index, Findings out) {
        String ownIcb = d.ics() == null ? null : d.ics().icb();
        boolean named = f.partnerIcbs().stream()
                .anyMatch(id -> !id.equals(ownIcb) && isOfKind(id, OrganisationKind.ICB, index));
        boolean unresolved = f.partnerIcbs().stream().anyMatch(id -> !index.resolves(RefKind.ORGANISATION, id));
        if (!named && !unresolved) {
            String listed = f.partnerIcbs().isEmpty() ? "names no partner ICB"
                    : "names no other ICB as a partner (" + f.partnerIcbs().stream()
                            .map(id -> index.organisationName(id) + (id.equals(ownIcb) ? " is this system's own ICB" : " is not an ICB"))
                            .collect(Collectors.joining("; ")) + ")";
            out.report(Rule.FDM_005, f.at().of("partnerIcbs"), f.id(), describe(f) + " is shared with other ICBs but " + listed,
                    "List the other ICBs in 'partner-icbs:'.");
        }
        if (isBlank(f.jointArrangement())) {
            out.report(Rule.FDM_005, f.at().of("category"), f.id(), describe(f) + " is shared with other ICBs but does not name the joint arrangement",
                    "Add 'joint-arrangement:', e.g. the joint committee that exercises it.");
        }
    }

    // FDM-006 ------------------------------------------------------------------------------

    private static void tracesToBoard(IcbFunction f, List<Delegation> delegations, DefinitionIndex index, Findings out) {
        DelegationGraph graph = new DelegationGraph(delegations.stream().filter(x -> !isBlank(x.from()) && !isBlank(x.to())).toList());
        for (Delegation x : delegations) {
            if (isBlank(x.to()) || isBlank(x.from()) || !isLocal(x.to(), index)) {
                continue;
            }
            Set<String> upstream = graph.upstreamOf(x.from());
            // A chain broken by an unknown id is STR-001's finding; guessing where it leads would only add noise.
            if (upstream.stream().anyMatch(b -> !index.resolves(RefKind.BODY, b)) || upstream.stream().anyMatch(index::isBoard)) {
                continue;
            }
            Set<String> origins = graph.originsOf(x.from());
            String leads = origins.isEmpty() ? "goes round in a circle" : "leads back to " + names(origins, index);
            out.report(Rule.FDM_006, x.at().of("from"), f.id(), describe(f) + " is delegated to " + index.bodyName(x.to()) + " (" + x.id()
                            + "), but the chain of delegations " + leads + ", not to the board",
                    "Delegate the function from the board, or from a body the board delegated it to, so the ICB stays accountable for it.");
        }
        String exercisedBy = f.exercisedBy();
        if (isBlank(exercisedBy) || !isLocal(exercisedBy, index)
                || delegations.stream().anyMatch(x -> exercisedBy.equals(x.to()))
                || index.isBoard(f.accountable())
                || (!isBlank(f.accountable()) && !index.resolves(RefKind.BODY, f.accountable()))) {
            return;
        }
        String accountable = isBlank(f.accountable()) ? "names no accountable body" : "is accountable to " + index.bodyName(f.accountable());
        out.report(Rule.FDM_006, f.at().of("exercisedBy"), f.id(), describe(f) + " is exercised by " + index.bodyName(exercisedBy)
                        + " with no delegation from the board, and " + accountable,
                "Make the board accountable for the function, or record the delegation chain from the board to " + index.bodyName(exercisedBy) + ".");
    }

    /** Places, provider collaboratives and the committees places govern through: where accountability can drift from the board. */
    private static boolean isLocal(String body, DefinitionIndex index) {
        return index.place(body).isPresent() || index.collaborative(body).isPresent()
                || index.definition().places().stream()
                        .anyMatch(p -> p.governance() != null && body.equals(p.governance().committee()));
    }

    // ---------------------------------------------------------------------------------------

    static String describe(IcbFunction f) {
        return f.name() == null ? f.id() : f.id() + " (" + f.name() + ")";
    }

    private static String recipient(Delegation x, DefinitionIndex index) {
        if (!isBlank(x.to())) {
            return index.bodyName(x.to());
        }
        return isBlank(x.officer()) ? "no one" : index.personName(x.officer());
    }

    private static String names(Set<String> bodies, DefinitionIndex index) {
        return bodies.stream().map(index::bodyName).collect(Collectors.joining(" and "));
    }

    private static boolean isOfKind(String organisation, OrganisationKind kind, DefinitionIndex index) {
        return index.organisation(organisation).map(o -> o.kind() == kind).orElse(false);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
