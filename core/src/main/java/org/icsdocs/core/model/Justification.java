package org.icsdocs.core.model;

@Doc("A recorded reason for departing from guidance: silences one warning or advice finding, and is printed in the documents.")
public record Justification(
        @Required @Doc("The rule ID, e.g. BRD-008.") String rule,
        @Doc("The id the finding is about (a person, committee, place…); omit for a system-wide finding.") String subject,
        @Required @Doc("The reason, in words a governance officer would accept.") String reason,
        Span at) {
}
