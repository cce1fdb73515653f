package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("How the ICB meets the public sector equality duty (Equality Act 2010 s149).")
public record Equality(
        @Doc("How the ICB has due regard to the duty's three aims in its decisions (e.g. equality impact assessment of every decision paper).") String arrangements,
        @Doc("The ICB's equality objectives.") List<String> objectives,
        @Doc("The day it last published its equality objectives.") LocalDate objectivesPublishedOn,
        @Doc("The day it last published information showing its compliance with the duty.") LocalDate informationPublishedOn,
        @Doc("Where they are published.") String url,
        Span at) {

    public Equality {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }
}
