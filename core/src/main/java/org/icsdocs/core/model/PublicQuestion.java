package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A question from the public to a meeting, with its answer (REC-007).")
public record PublicQuestion(
        @Required @Doc("Date the question was received.") LocalDate receivedOn,
        @Required @Doc("The question as received.") String question,
        @Doc("The asker's name, published only when they consented (asker-consents: true).") String asker,
        @Doc("Whether the asker agreed to their name being published.") Boolean askerConsents,
        @Doc("The answer given, at the meeting or in writing.") String answer,
        @Doc("at-meeting or in-writing.") AnswerRoute answered,
        @Doc("Date of a written answer.") LocalDate answeredOn,
        Span at) {

    /** The name to publish: only with the asker's consent (UK GDPR art. 6; the board's own question procedure). */
    public String publishedAsker() {
        return Boolean.TRUE.equals(askerConsents) && asker != null && !asker.isBlank() ? asker : null;
    }

    public boolean isAnswered() {
        return answer != null && !answer.isBlank();
    }
}
