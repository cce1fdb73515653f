package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("A member's declaration against the constitution's disqualification criteria.")
public record DisqualificationDeclaration(
        @Required @Doc("The date the member declared it.") LocalDate declaredOn,
        @Doc("Criteria that apply to the member; empty when none do.") List<Disqualification> applies,
        Span at) {

    public DisqualificationDeclaration {
        applies = applies == null ? List.of() : List.copyOf(applies);
    }
}
