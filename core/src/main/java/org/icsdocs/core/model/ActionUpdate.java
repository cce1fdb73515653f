package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A progress update on an action.")
public record ActionUpdate(
        @Required @Doc("The day of the update.") LocalDate on,
        @Required @Doc("What was reported.") String text,
        Span at) {
}
