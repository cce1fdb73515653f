package org.icsdocs.core.render.decisionmap;

/**
 * A box on the structure chart: a body of the system, named as the definition names it.
 * {@code functions} is the line that ties the box to the table, e.g. "Exercises F11–F14", or null.
 */
record ChartNode(String id, NodeKind kind, String title, String subtitle, String functions) {

    ChartNode withFunctions(String line) {
        return new ChartNode(id, kind, title, subtitle, line);
    }
}
