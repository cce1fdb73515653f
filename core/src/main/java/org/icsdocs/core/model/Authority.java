package org.icsdocs.core.model;

/**
 * An answer of the scheme: this holder may decide decisions of this category, up to this limit.
 *
 * @param category the category decided under
 * @param entry    the holder's entry in it (for a reserved category with no entries, a synthetic entry for the board)
 */
public record Authority(DecisionCategory category, DelegationEntry entry) {

    /** The body's or role's id. */
    public String holder() {
        return entry.holder();
    }

    public boolean isRole() {
        return entry.isRole();
    }

    /** The limit per decision; null means none. */
    public Money limit() {
        return entry.upTo();
    }

    public Money perYear() {
        return entry.perYear();
    }
}
