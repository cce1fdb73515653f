package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("A named document or arrangement: a framework, an agreement, a programme.")
public record Arrangement(
        @Required @Doc("The arrangement's name as published.") String title,
        @Doc("Date adopted, signed or live.") LocalDate since,
        @Ref(RefKind.ORGANISATION) @Doc("Parties to it.") List<String> parties,
        @Doc("Markdown file with the text.") FileRef document,
        @Doc("Where it is published.") String url,
        @Doc("What it does, in a sentence or two.") String summary,
        Span at) {

    public Arrangement {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
