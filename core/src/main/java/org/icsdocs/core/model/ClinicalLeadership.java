package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("The model of distributed clinical and care professional leadership (CLD-001).")
public record ClinicalLeadership(
        @Required @Doc("The name of the clinical and care professional leadership model or framework.") String model,
        @Ref(RefKind.BODY) @Doc("The body that signed it off (the board).") String signedOffBy,
        @Doc("The date the model was signed off (CLD-001).") LocalDate signedOffOn,
        FileRef document,
        @Doc("How clinical and care professionals lead, in a few sentences.") String summary,
        Span at) {
}
