package org.icsdocs.core.model;

import java.util.List;

@Doc("A numbered section of an agenda.")
public record AgendaSection(
        @Required @Doc("The section's heading on the agenda, e.g. Items for decision.") String title,
        @Required List<AgendaItem> items,
        Span at) {

    public AgendaSection {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
