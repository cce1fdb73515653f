package org.icsdocs.core.model;

/**
 * How long a board role is held, as the constitution states it. The model ICB constitution
 * (NHS England, "Guidance on integrated care board constitutions and governance", section 3,
 * terms of appointment) leaves term lengths to the ICB; the constitution must state one length
 * per role, not the spread of the current holders' letters of appointment.
 */
@Doc("The term of office of a board role, as the constitution states it.")
public record TermOfOffice(
        @Required @Doc("The board role, e.g. chair, independent-non-executive, partner-member.") BoardRole role,
        @Required @Doc("Length of one term, in years.") Integer years,
        @Doc("Longest total time in the role, reappointments included, in years.") Integer maximumYears,
        Span at) {
}
