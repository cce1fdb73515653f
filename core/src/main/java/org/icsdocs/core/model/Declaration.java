package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("A person's declaration of interests.")
public record Declaration(
        @Required @Ref(RefKind.PERSON) String person,
        @Required @Doc("The date the declaration was made.") LocalDate declaredOn,
        @Doc("Date last reviewed; the 12-month review runs from this or declaredOn (COI-004).") LocalDate reviewedOn,
        @Doc("An explicit nil declaration.") Boolean nil,
        List<Interest> interests,
        Span at) {

    public Declaration {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    public LocalDate lastReviewed() {
        return reviewedOn != null && reviewedOn.isAfter(declaredOn) ? reviewedOn : declaredOn;
    }

    public boolean isNil() {
        return Boolean.TRUE.equals(nil) || interests.isEmpty();
    }
}
