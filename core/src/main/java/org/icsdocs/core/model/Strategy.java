package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("The ICP's integrated care strategy.")
public record Strategy(
        @Required @Doc("The strategy's title.") String title,
        @Doc("The date it was published.") LocalDate publishedOn,
        @Doc("Where it is published.") String url,
        @Doc("Whether the ICB's joint forward plan has regard to it (ICP-005).") Boolean icbPlanHasRegard,
        @Doc("What the strategy sets out, in a sentence or two.") String summary,
        @Ref(RefKind.ORGANISATION) @Doc("The local Healthwatch organisations involved in preparing it (ICP-006; LGPIHA 2007 s116ZB(4)(a)).") List<String> involvedHealthwatch,
        Span at) {

    public Strategy {
        involvedHealthwatch = involvedHealthwatch == null ? List.of() : List.copyOf(involvedHealthwatch);
    }
}
