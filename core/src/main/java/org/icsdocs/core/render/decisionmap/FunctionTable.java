package org.icsdocs.core.render.decisionmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Delegation;
import org.icsdocs.core.model.FunctionCategory;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.model.PooledBudget;
import org.icsdocs.core.render.decisionmap.MapRow.Assignment;
import org.icsdocs.core.render.decisionmap.MapRow.Departure;
import org.icsdocs.core.validate.DefinitionIndex;
import org.icsdocs.core.validate.JustifiedFinding;
import org.icsdocs.core.validate.ValidationReport;

/**
 * The table of the functions-and-decision map, in words: for each function, who holds it
 * (reserved to the board, delegated to a body or an officer, or exercised jointly), its financial
 * limit and its reporting route, grouped by where the function comes from.
 */
final class FunctionTable {

    private final Definition d;
    private final DefinitionIndex index;
    private final List<JustifiedFinding> departures;

    FunctionTable(Definition d, DefinitionIndex index, ValidationReport validation) {
        this.d = d;
        this.index = index;
        // Only the map's own families: FDM (functions and delegation) and FIN (budgets behind them).
        this.departures = validation.justified().stream()
                .filter(j -> j.finding().ruleId().startsWith("FDM-") || j.finding().ruleId().startsWith("FIN-")).toList();
    }

    /** The groups in the order of the map: core functions first, other functions last; empty groups left out. */
    List<MapGroup> groups() {
        List<MapGroup> groups = new ArrayList<>();
        for (FunctionCategory category : FunctionCategory.values()) {
            // By reference (F2 before F10): a function kept in another file, beside the committee that
            // exercises it, still takes its place in the table.
            List<MapRow> rows = d.functions().stream()
                    .filter(f -> (f.category() == null ? FunctionCategory.OTHER : f.category()) == category)
                    .sorted(Comparator.comparing(IcbFunction::id, FunctionRefs.NATURAL))
                    .map(this::row).toList();
            if (!rows.isEmpty()) {
                groups.add(new MapGroup("functions-" + category.key(), category.key(), rows));
            }
        }
        return groups;
    }

    /** Justified FDM and FIN departures that concern no single function: stated after the table. */
    List<Departure> otherDepartures() {
        return departures.stream().filter(j -> d.functions().stream().noneMatch(f -> concerns(j, f))).map(FunctionTable::departure).toList();
    }

    private MapRow row(IcbFunction f) {
        List<Delegation> delegations = d.delegations().stream().filter(x -> f.id().equals(x.function())).toList();
        List<Assignment> assignments = new ArrayList<>();
        for (Delegation x : delegations) {
            assignments.add(delegated(f, x));
        }
        if (assignments.isEmpty()) {
            assignments.add(held(f));
        }
        List<Departure> concerning = departures.stream().filter(j -> concerns(j, f)).map(FunctionTable::departure).toList();
        return new MapRow(f.id(), f.name(), f.description(), f.statutorySource(), details(f), assignments, concerning);
    }

    private Assignment delegated(IcbFunction f, Delegation x) {
        String holder;
        String kind;
        if (x.to() != null) {
            holder = index.bodyName(x.to());
            kind = bodyKind(x.to());
        } else {
            holder = officer(x.officer());
            kind = "officer";
        }
        Money limit = x.financialLimit() != null ? x.financialLimit() : f.financialLimit();
        String route = x.reportsTo() != null ? x.reportsTo() : f.reportingRoute();
        if (route == null && x.to() != null) {
            route = index.committee(x.to()).map(Committee::reportsTo).orElse(null);
        }
        return new Assignment(holder, kind, text(limit), name(route), x.agreement(), x.conditions(), x.id());
    }

    /** Who holds a function nothing is delegated for: the board (reserved or retained), or the body that exercises it. */
    private Assignment held(IcbFunction f) {
        String holder;
        String kind;
        if (index.isReserved(f)) {
            holder = "Reserved to the board";
            kind = null;
        } else {
            String body = f.exercisedBy() != null ? f.exercisedBy() : f.accountable();
            holder = body == null ? "Not stated" : index.bodyName(body);
            kind = body == null ? null : bodyKind(body);
            if (body != null && body.equals(f.accountable()) && index.isBoard(body)) {
                kind = "not delegated";
            }
            if (body != null && d.ics() != null && body.equals(d.ics().icb())) {
                kind = null; // the ICB itself: naming its kind would only repeat its name
            }
            String jointly = jointly(f);
            if (jointly != null) {
                holder += ", jointly with " + jointly;
                kind = null;
            }
        }
        // A function the board holds itself has no delegated limit to state.
        String limit = f.financialLimit() != null ? f.financialLimit().toString() : isBoardHeld(f) ? "Not applicable" : null;
        return new Assignment(holder, kind, limit, name(f.reportingRoute()), null, null, null);
    }

    private boolean isBoardHeld(IcbFunction f) {
        String body = f.exercisedBy() != null ? f.exercisedBy() : f.accountable();
        return index.isReserved(f) || body == null || index.isBoard(body) || (d.ics() != null && body.equals(d.ics().icb()));
    }

    private String jointly(IcbFunction f) {
        if (f.category() == FunctionCategory.JOINT_WITH_LOCAL_AUTHORITY && f.localAuthority() != null) {
            return index.organisationName(f.localAuthority());
        }
        // Shared with other ICBs, whether as a supra-ICS function or as NHS England's delegation to each of them.
        if (!f.partnerIcbs().isEmpty()) {
            return names(f.partnerIcbs());
        }
        return null;
    }

    private List<String> details(IcbFunction f) {
        List<String> out = new ArrayList<>();
        FunctionCategory category = f.category() == null ? FunctionCategory.OTHER : f.category();
        switch (category) {
            case NHS_ENGLAND_DELEGATED -> {
                String by = f.delegatedBy() == null ? "NHS England" : index.organisationName(f.delegatedBy());
                out.add("Delegated to the ICB by " + by + (f.agreement() == null ? "" : " under the " + f.agreement()) + ".");
                if (!f.partnerIcbs().isEmpty()) {
                    out.add("With: " + names(f.partnerIcbs()) + ".");
                }
                if (f.jointArrangement() != null) {
                    out.add("Joint arrangement: " + f.jointArrangement() + ".");
                }
            }
            case JOINT_WITH_LOCAL_AUTHORITY -> {
                if (f.localAuthority() != null) {
                    out.add("Local authority: " + index.organisationName(f.localAuthority()) + ".");
                }
                pooledBudget(f.pooledBudget()).ifPresent(out::add);
                if (f.place() != null) {
                    out.add("Place: " + index.place(f.place()).map(p -> p.name()).orElse(f.place()) + ".");
                }
                if (f.agreement() != null) {
                    out.add("Agreement: " + f.agreement() + ".");
                }
            }
            case SUPRA_ICS -> {
                if (!f.partnerIcbs().isEmpty()) {
                    out.add("Partner ICBs: " + names(f.partnerIcbs()) + ".");
                }
                if (f.jointArrangement() != null) {
                    out.add("Joint arrangement: " + f.jointArrangement() + ".");
                }
            }
            default -> {
                if (f.agreement() != null) {
                    out.add("Agreement: " + f.agreement() + ".");
                }
            }
        }
        // The scheme's decisions it is taken under: the same categories the scheme prints (one source).
        List<String> decisions = index.authorities().categoriesOf(f).stream().map(c -> c.name()).toList();
        if (!decisions.isEmpty()) {
            out.add("Decided under the scheme of reservation and delegation: " + String.join("; ", decisions) + ".");
        }
        return out.stream().map(s -> s.endsWith("..") ? s.substring(0, s.length() - 1) : s).toList();
    }

    private java.util.Optional<String> pooledBudget(String id) {
        if (id == null || d.finance() == null) {
            return java.util.Optional.empty();
        }
        return d.finance().pooledBudgets().stream().filter(b -> id.equals(b.id())).findFirst().map(this::describe);
    }

    private String describe(PooledBudget b) {
        StringBuilder s = new StringBuilder("Pooled budget: ").append(b.name());
        List<String> facts = new ArrayList<>();
        String kind = switch (b.kind()) {
            case SECTION_75 -> "section 75";
            case BETTER_CARE_FUND -> "Better Care Fund";
            default -> null;
        };
        if (kind != null && !b.name().toLowerCase(java.util.Locale.ROOT).contains(kind.toLowerCase(java.util.Locale.ROOT))) {
            facts.add(kind);
        }
        if (b.amount() != null) {
            facts.add(b.amount().toString());
        }
        if (b.host() != null) {
            facts.add("hosted by " + index.organisationName(b.host()));
        }
        return s.append(" (").append(String.join(", ", facts)).append(").").toString();
    }

    /** An officer as a scheme of delegation names them: name, then their board title or job title. */
    private String officer(String personId) {
        if (personId == null) {
            return "Not stated";
        }
        Person p = index.person(personId).orElse(null);
        if (p == null) {
            return personId;
        }
        String title = index.boardSeatOf(personId).map(BoardMember::displayTitle).orElse(p.jobTitle());
        return title == null ? p.displayName() : p.displayName() + ", " + title;
    }

    private String bodyKind(String id) {
        if (index.isBoard(id)) {
            return "board";
        }
        if (index.isIcp(id)) {
            return "integrated care partnership";
        }
        Committee c = index.committee(id).orElse(null);
        if (c != null) {
            return switch (c.effectiveType()) {
                case JOINT_COMMITTEE -> c.partners().isEmpty() ? "joint committee" : "joint committee with " + names(c.partners());
                case SUB_COMMITTEE -> "sub-committee";
                case COMMITTEE -> "committee";
            };
        }
        if (index.place(id).isPresent()) {
            return "place";
        }
        if (index.collaborative(id).isPresent()) {
            return "provider collaborative";
        }
        return index.organisation(id).map(o -> o.kind().label()).map(FunctionTable::lowerFirst).orElse(null);
    }

    private boolean concerns(JustifiedFinding j, IcbFunction f) {
        String subject = j.finding().subject();
        if (subject == null) {
            return false;
        }
        return subject.equals(f.id())
                || d.delegations().stream().anyMatch(x -> subject.equals(x.id()) && f.id().equals(x.function()))
                || subject.equals(f.pooledBudget());
    }

    private static Departure departure(JustifiedFinding j) {
        return new Departure(j.finding().ruleId(), j.finding().rule().summary(), j.justification().reason());
    }

    private String name(String bodyId) {
        return bodyId == null ? null : index.bodyName(bodyId);
    }

    private String names(List<String> organisations) {
        List<String> names = organisations.stream().map(index::organisationName).collect(Collectors.toList());
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String text(Money m) {
        return m == null ? null : m.toString();
    }

    private static String lowerFirst(String s) {
        Objects.requireNonNull(s);
        return s.length() > 1 && !Character.isUpperCase(s.charAt(1)) ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
