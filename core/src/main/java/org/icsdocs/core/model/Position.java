package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A position or office held in an organisation.")
public record Position(
        @Required @Ref(RefKind.ORGANISATION) String organisation,
        @Required @Doc("The position, e.g. non-executive director.") String role,
        @Doc("The date the position began.") LocalDate from,
        @Doc("The date it ended; absent while it continues.") LocalDate to,
        Span at) {
}
