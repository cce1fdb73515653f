package org.icsdocs.core.render.decisionmap;

/**
 * A line on the structure chart. {@code from} and {@code to} are in the direction the arrow
 * points: from the delegating body to the one it delegates to, or from the reporting body to the
 * one it reports to. {@code label} names the functions a delegation carries, if any.
 */
record ChartEdge(String from, String to, Kind kind, String label) {

    enum Kind {
        /** Solid: a function delegated, or exercised on the delegator's behalf. */
        DELEGATION,
        /** Dotted: reporting and assurance. */
        REPORTING,
        /** Dotted, arrows both ways: a relationship of equals (the ICP and the board). */
        MUTUAL
    }
}
