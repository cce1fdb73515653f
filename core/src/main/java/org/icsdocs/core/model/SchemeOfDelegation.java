package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The scheme of reservation and delegation (SoRD): the decisions reserved to the board and those
 * it delegates, to which body or officer role, up to which limit. NHS England's model ICB
 * constitution names it among its related documents (clause 1.6); it is published beside the constitution. The
 * queries over it, with the board and officers of the definition, are in {@link Authorities}.
 */
@Doc("The scheme of reservation and delegation: who may take which decision, up to how much.")
public record SchemeOfDelegation(
        @Doc("Version, e.g. 3.1.") String version,
        @Doc("The day the board approved this version.") LocalDate approvedOn,
        @Doc("The day it is next due for review.") LocalDate reviewDue,
        @Doc("Officer roles the scheme delegates to, and who holds them.") List<SchemeRole> roles,
        @Required @Doc("The decision categories, each reserved to the board or delegated.") List<DecisionCategory> categories,
        @Doc("True where the scheme as a whole is illustrative.") Boolean illustrative,
        Span at) {

    public SchemeOfDelegation {
        roles = roles == null ? List.of() : List.copyOf(roles);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public Optional<DecisionCategory> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<SchemeRole> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<DecisionCategory> ofKind(DecisionKind kind) {
        return categories.stream().filter(c -> c.kind() == kind).toList();
    }
}
