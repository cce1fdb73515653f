package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("The ICP's integrated care strategy.")
public record Strategy(
        @Required String title,
        LocalDate publishedOn,
        @Doc("Where it is published.") String url,
        @Doc("Whether the ICB's joint forward plan has regard to it (ICP-005).") Boolean icbPlanHasRegard,
        String summary,
        Span at) {
}
