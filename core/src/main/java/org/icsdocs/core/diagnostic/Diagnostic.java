package org.icsdocs.core.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding: which rule, how severe, where, what is wrong and how to fix it. {@code subject}
 * is the id of the thing the finding is about (a person, committee, meeting…), or {@code null}
 * for the system as a whole; a justification names it to silence this one instance.
 */
public record Diagnostic(Rule rule, Severity severity, Location location, String message, String hint, String subject) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::location)
            .thenComparing(d -> d.rule().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public Diagnostic(Rule rule, Location location, String message, String hint, String subject) {
        this(rule, rule.severity(), location, message, hint, subject);
    }

    public String ruleId() {
        return rule.id();
    }

    /** The compiler-style line: {@code file:line:col: severity RULE-ID: message}. */
    public String toCompilerLine() {
        return location + ": " + severity.label() + " " + rule.id() + ": " + message;
    }
}
