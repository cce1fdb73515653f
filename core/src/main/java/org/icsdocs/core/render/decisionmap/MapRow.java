package org.icsdocs.core.render.decisionmap;

import java.util.List;

/**
 * One function or decision in the table. A function delegated several times has one
 * assignment per delegation; the table spans its reference, name and source over them.
 *
 * @param details    facts about the arrangement, e.g. who delegated it, the pooled budget, partner ICBs
 * @param departures justified departures from guidance that concern this function
 */
public record MapRow(String ref, String name, String description, String source, List<String> details,
                     List<Assignment> assignments, List<Departure> departures) {

    public MapRow {
        details = List.copyOf(details);
        assignments = List.copyOf(assignments);
        departures = List.copyOf(departures);
    }

    /**
     * Who holds the function and on what terms.
     *
     * @param holder     "Reserved to the board", or the body or officer that exercises it
     * @param holderKind what the holder is (committee, place, officer…), or null
     * @param limit      the financial limit as a governance paper prints it, or null
     * @param route      the body it reports to, or null
     * @param reference  the delegation's id, or null when nothing is delegated
     */
    public record Assignment(String holder, String holderKind, String limit, String route, String agreement, String conditions,
                             String reference) {
    }

    /** A departure from guidance the definition records a reason for. */
    public record Departure(String ruleId, String guidance, String reason) {
    }
}
