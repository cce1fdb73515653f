package org.icsdocs.core.model;

/**
 * One holder of a decision category in the scheme: the board, a body (a committee, a joint
 * committee, another organisation under an arrangement) or an officer role, with its limits.
 * Exactly one of {@code body} and {@code role} is given.
 */
@Doc("Who may take decisions of a category: a body or an officer role, up to which amount, on which conditions.")
public record DelegationEntry(
        @Ref(RefKind.BODY) @Doc("The body that decides: board, a committee id, or an organisation id (never a provider collaborative or a place, which are not legal persons).") String body,
        @Ref(RefKind.ROLE) @Doc("Or the officer role that decides (an id from 'scheme.roles').") String role,
        @Doc("The most one decision may commit, e.g. £1m; none means no limit.") Money upTo,
        @Doc("The most all its decisions of this category may commit in a financial year.") Money perYear,
        @Doc("Conditions, e.g. within the approved budget; with the Chief Finance Officer's agreement.") String conditions,
        @Ref(RefKind.HOLDER) @Doc("For an onward sub-delegation: the role or body that sub-delegated it (by default the board).") String from,
        @Doc("Whether this holder may delegate onward (SOD-002 checks the limits).") Boolean maySubDelegate,
        @Doc("The instrument: delegation agreement, joint committee agreement, lead provider contract.") String agreement,
        @Doc("The clause that grants it, e.g. standing financial instructions 7.2.") String source,
        Span at) {

    /** The id of whoever holds it: the body's id or the role's id. */
    public String holder() {
        return body != null ? body : role;
    }

    public boolean isRole() {
        return body == null && role != null;
    }

    public boolean maySubDelegateFurther() {
        return Boolean.TRUE.equals(maySubDelegate);
    }

    /** Whether one decision of this amount is within its limit (no limit, or the amount at most the limit). */
    public boolean covers(Money amount) {
        return upTo == null || amount == null || amount.compareTo(upTo) <= 0;
    }
}
