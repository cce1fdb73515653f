package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("A gift or hospitality offered to a member of the board, a committee or the ICB's staff, accepted or declined: one entry of the register of gifts and hospitality (GHS-001, GHS-002).")
public record Gift(
        @Required @Doc("Short id of the entry, e.g. gh-2026-01.") String id,
        @Required @Doc("gift or hospitality.") GiftKind kind,
        @Required @Ref(RefKind.PERSON) @Doc("The person it was offered to.") String recipient,
        @Ref(RefKind.ORGANISATION) @Doc("The donor, when it is an organisation in the definition.") String donor,
        @Doc("The donor's name, when it is not an organisation in the definition.") String donorName,
        @Required @Doc("What was offered, e.g. dinner after a conference.") String description,
        @Doc("Its value or estimated value, e.g. £40.") Money value,
        @Required @Doc("The day it was offered.") LocalDate offeredOn,
        @Doc("The day it was declared for the register; within 28 days of the offer (GHS-001).") LocalDate declaredOn,
        @Required @Doc("accepted or declined.") GiftOutcome outcome,
        @Ref(RefKind.PERSON) @Doc("Who decided that it could be accepted: required for an accepted gift or hospitality above the guidance's limit (GHS-002).") String approvedBy,
        @Doc("The decision and its reason, as the register prints it.") String decision,
        @Doc("True where this entry is illustrative rather than sourced.") Boolean illustrative,
        Span at) {
}
