package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("A named document or arrangement: a framework, an agreement, a programme.")
public record Arrangement(
        @Required String title,
        @Doc("Date adopted, signed or live.") LocalDate since,
        @Ref(RefKind.ORGANISATION) @Doc("Parties to it.") List<String> parties,
        @Doc("Markdown file with the text.") FileRef document,
        String url,
        String summary,
        Span at) {

    public Arrangement {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
