package org.icsdocs.core.model;

@Doc("How members of the public reach the ICB: for questions to a meeting in public, and for the accessibility statement.")
public record PublicContact(
        @Doc("Email address, e.g. kmicb.governance@nhs.net.") String email,
        @Doc("Telephone number, as it should be printed.") String phone,
        @Doc("Postal address, on one line.") String address,
        @Doc("Working days before a meeting in public by which a question must reach the ICB (the standing orders' notice).") Integer questionNoticeDays,
        Span at) {
}
