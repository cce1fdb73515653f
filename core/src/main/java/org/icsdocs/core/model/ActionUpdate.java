package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A progress update on an action.")
public record ActionUpdate(
        @Required LocalDate on,
        @Required String text,
        Span at) {
}
