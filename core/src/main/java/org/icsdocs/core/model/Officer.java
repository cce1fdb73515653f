package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A statutory or mandated role in the ICB and who holds it (Caldicott Guardian, Data Protection Officer, Freedom to Speak Up Guardian…).")
public record Officer(
        @Required @Doc("The role.") OfficerRole role,
        @Required @Ref(RefKind.PERSON) @Doc("Who holds it.") String person,
        @Doc("The day they took the role on.") LocalDate since,
        @Doc("True where the holder is illustrative rather than sourced.") Boolean illustrative,
        Span at) {
}
