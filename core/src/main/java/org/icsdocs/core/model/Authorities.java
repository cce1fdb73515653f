package org.icsdocs.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may decide what, read from a definition's scheme of reservation and delegation: the one
 * source the scheme's document, the functions-and-decision map, the constitution's section on
 * delegation and the checks of meetings and procurement decisions all ask.
 *
 * <p>A reserved category is decided by the board alone. Otherwise the holders are those the
 * category lists, in its order (lowest limit first); a holder may decide one decision of an
 * amount when its limit per decision is at least that amount or it has no limit. Limits per year
 * are stated but not summed here (that needs the decisions of the year).
 */
public final class Authorities {

    private final SchemeOfDelegation scheme;
    private final String boardId;
    private final Board board;
    private final List<Officer> officers;

    private Authorities(SchemeOfDelegation scheme, Board board, List<Officer> officers) {
        this.scheme = scheme;
        this.board = board;
        this.boardId = board == null ? Board.DEFAULT_ID : board.id();
        this.officers = officers;
    }

    public static Authorities of(Definition d) {
        return new Authorities(d.scheme(), d.board(), d.officers());
    }

    /** Whether the definition has a scheme at all. */
    public boolean present() {
        return scheme != null;
    }

    public Optional<SchemeOfDelegation> scheme() {
        return Optional.ofNullable(scheme);
    }

    public String boardId() {
        return boardId;
    }

    public Optional<DecisionCategory> category(String id) {
        return scheme == null || id == null ? Optional.empty() : scheme.category(id);
    }

    /** Every holder of the category, in the scheme's order; a reserved category is the board's alone. */
    public List<Authority> holders(String categoryId) {
        return category(categoryId).map(this::holders).orElse(List.of());
    }

    public List<Authority> holders(DecisionCategory c) {
        if (c.isReserved()) {
            return List.of(new Authority(c, boardEntry(c)));
        }
        return c.holders().stream().map(e -> new Authority(c, e)).toList();
    }

    /**
     * Who may decide one decision of the category for this amount, lowest limit first (so the first
     * is the lowest level that may take it). Empty when the category is unknown or nobody's limit
     * reaches the amount. A null amount means a decision with no value: every holder.
     */
    public List<Authority> whoMayDecide(String categoryId, Money amount) {
        return holders(categoryId).stream().filter(a -> a.entry().covers(amount)).toList();
    }

    /**
     * Whether this holder (a body's id, the board's id, or a role's id from the scheme) may take
     * one decision of the category for this amount: its entry, or empty when it holds the category
     * not at all or not up to that amount.
     */
    public Optional<Authority> authorityFor(String categoryId, Money amount, String holderId) {
        return whoMayDecide(categoryId, amount).stream().filter(a -> a.holder().equals(holderId)).findFirst();
    }

    /** As {@link #authorityFor}, for a person: through any role of the scheme they hold. */
    public Optional<Authority> authorityForPerson(String categoryId, Money amount, String personId) {
        List<String> roles = rolesHeldBy(personId);
        return whoMayDecide(categoryId, amount).stream().filter(a -> a.isRole() && roles.contains(a.holder())).findFirst();
    }

    /** The ids of the scheme's roles this person holds (by seat on the board, statutory role or name). */
    public List<String> rolesHeldBy(String personId) {
        if (scheme == null || personId == null) {
            return List.of();
        }
        return scheme.roles().stream().filter(r -> holdersOf(r).contains(personId)).map(SchemeRole::id).toList();
    }

    /** The people who hold a role of the scheme, in the definition's order; empty when nobody does (SOD-007). */
    public List<String> holdersOf(SchemeRole role) {
        List<String> people = new ArrayList<>(role.heldBy());
        if (role.boardSeat() != null && board != null) {
            board.withRole(role.boardSeat()).forEach(m -> add(people, m.person()));
        }
        if (role.officerRole() != null) {
            officers.stream().filter(o -> o.role() == role.officerRole()).forEach(o -> add(people, o.person()));
        }
        return List.copyOf(people);
    }

    /** The categories a function of the map is decided under, in the function's order; unknown ids left out. */
    public List<DecisionCategory> categoriesOf(IcbFunction f) {
        return f.decidedUnder().stream().map(this::category).flatMap(Optional::stream).toList();
    }

    /**
     * Whether a function is reserved to the board: it says so itself, or it is decided under a
     * category the scheme reserves. The map, the constitution and the scheme all ask this.
     */
    public boolean isReserved(IcbFunction f) {
        return f.isReserved() || categoriesOf(f).stream().anyMatch(DecisionCategory::isReserved);
    }

    /** Each category with its holders, as the published matrix lists them. */
    public Map<DecisionCategory, List<Authority>> matrix() {
        Map<DecisionCategory, List<Authority>> m = new java.util.LinkedHashMap<>();
        if (scheme != null) {
            scheme.categories().forEach(c -> m.put(c, holders(c)));
        }
        return m;
    }

    private DelegationEntry boardEntry(DecisionCategory c) {
        return new DelegationEntry(boardId, null, null, null, null, null, false, null, c.source(), c.at());
    }

    private static void add(List<String> people, String id) {
        if (id != null && !people.contains(id)) {
            people.add(id);
        }
    }
}
