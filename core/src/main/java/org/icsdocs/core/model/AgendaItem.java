package org.icsdocs.core.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Doc("An agenda item.")
public record AgendaItem(
        @Doc("Item number as printed, e.g. 4.2 (numbered automatically when absent).") String number,
        @Required @Doc("The item's title as printed on the agenda.") String title,
        @Doc("verbal, enclosure or presentation (MTG-002).") ItemKind kind,
        @Doc("approval, decision, assurance, discussion or information (MTG-002).") ItemPurpose purpose,
        @Ref(RefKind.PERSON) String presenter,
        @Doc("The time the item starts, e.g. 10:30.") LocalTime start,
        @Doc("Minutes allowed.") Integer minutes,
        @Doc("The paper: a Markdown or PDF file.") FileRef paper,
        @Doc("Date of the paper (STR-003: on or before the meeting).") LocalDate paperDate,
        @Doc("For an item taken in private: why (MTG-004).") String privateReason,
        CoverSheet cover,
        @Doc("Topics the item touches, matched against declared interests (COI-002).") List<String> topics,
        @Ref(RefKind.ORGANISATION) @Doc("Organisations the item touches (COI-002).") List<String> organisations,
        @Ref(RefKind.DECISION_CATEGORY) @Doc("For an item for decision: the decision category in the scheme of reservation and delegation it is taken under (REC-001).") String category,
        @Doc("For an item for decision: the amount the decision would commit (REC-001).") Money amount,
        @Doc("What the meeting resolved on the item: wording, outcome, authority, how taken and who withdrew.") List<Resolution> resolutions,
        Span at) {

    public AgendaItem {
        topics = topics == null ? List.of() : List.copyOf(topics);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
    }
}
