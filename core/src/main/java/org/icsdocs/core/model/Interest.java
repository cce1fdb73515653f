package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("One declared interest.")
public record Interest(
        @Required InterestType type,
        @Ref(RefKind.ORGANISATION) @Doc("The organisation, when it is one in the definition.") String organisation,
        @Doc("The organisation's name, when it is not in the definition.") String organisationName,
        @Required @Doc("The nature of the interest.") String nature,
        @Doc("Topics the interest touches, matched against agenda items (COI-002).") List<String> topics,
        @Doc("The date the interest began.") LocalDate from,
        @Doc("The date the interest ended; absent while it continues.") LocalDate to,
        @Doc("How the interest is managed.") String management,
        @Doc("Date the interest was recorded on the register; a change is to be recorded within 28 days (COI-004).") LocalDate recordedOn,
        Span at) {

    public Interest {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public boolean currentOn(LocalDate date) {
        return (from == null || !from.isAfter(date)) && (to == null || !to.isBefore(date));
    }
}
