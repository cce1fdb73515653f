package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("The model of distributed clinical and care professional leadership (CLD-001).")
public record ClinicalLeadership(
        @Required String model,
        @Ref(RefKind.BODY) @Doc("The body that signed it off (the board).") String signedOffBy,
        LocalDate signedOffOn,
        FileRef document,
        String summary,
        Span at) {
}
