package org.icsdocs.core.api;

/**
 * A problem with how ics-docs was asked to run (a bad parameter, an unwritable output folder),
 * as opposed to a problem in the definition, which is a finding. Carries the offending value so
 * a front end can word it in its own terms.
 */
public class IcsException extends RuntimeException {

    private final String parameter;
    private final String value;

    public IcsException(String parameter, String value, String message, Throwable cause) {
        super(message, cause);
        this.parameter = parameter;
        this.value = value;
    }

    public IcsException(String parameter, String value, String message) {
        this(parameter, value, message, null);
    }

    /** The parameter concerned (e.g. failOn), or null for an I/O problem. */
    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
