package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A position or office held in an organisation.")
public record Position(
        @Required @Ref(RefKind.ORGANISATION) String organisation,
        @Required @Doc("The position, e.g. non-executive director.") String role,
        LocalDate from,
        LocalDate to,
        Span at) {
}
