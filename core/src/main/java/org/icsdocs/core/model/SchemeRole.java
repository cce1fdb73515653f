package org.icsdocs.core.model;

import java.util.List;

/**
 * An officer role the scheme delegates to. The scheme names roles, never people; who holds a role
 * is said here, by the seat on the board, the statutory role, or the people who hold it, so a role
 * nobody holds is found (SOD-007).
 */
@Doc("An officer role the scheme delegates to, e.g. Chief Finance Officer or a director; by role, never by name.")
public record SchemeRole(
        @Required @Doc("Short id the scheme's entries use, e.g. cfo.") String id,
        @Required @Doc("The role as the scheme prints it, e.g. Chief Finance Officer.") String title,
        @Doc("Held by whoever sits on the board in this seat, e.g. director-of-finance.") BoardRole boardSeat,
        @Doc("Held by whoever holds this statutory or mandated role (see 'officers'), e.g. accountable-emergency-officer.") OfficerRole officerRole,
        @Ref(RefKind.PERSON) @Doc("Or the people who hold it (not printed in the scheme).") List<String> heldBy,
        Span at) {

    public SchemeRole {
        heldBy = heldBy == null ? List.of() : List.copyOf(heldBy);
    }
}
