package org.icsdocs.core.model;

import java.time.LocalDate;

@Doc("Sponsorship offered to the ICB (an event, a post, research, a publication), accepted or declined: one entry of the register of sponsorship (GHS-001, GHS-002).")
public record Sponsorship(
        @Required @Doc("Short id of the entry, e.g. sp-2026-01.") String id,
        @Ref(RefKind.ORGANISATION) @Doc("The sponsor, when it is an organisation in the definition.") String sponsor,
        @Doc("The sponsor's name, when it is not an organisation in the definition.") String sponsorName,
        @Required @Doc("What the sponsorship pays for.") String purpose,
        @Doc("Its value or estimated value.") Money value,
        @Required @Doc("The day it was offered.") LocalDate offeredOn,
        @Doc("The day it was declared for the register (GHS-001).") LocalDate declaredOn,
        @Required @Doc("accepted or declined.") GiftOutcome outcome,
        @Ref(RefKind.PERSON) @Doc("Who approved it: every accepted sponsorship needs approval (GHS-002).") String approvedBy,
        @Doc("The decision, its reason and any conditions, as the register prints it.") String decision,
        @Doc("True where this entry is illustrative rather than sourced.") Boolean illustrative,
        Span at) {
}
