package org.icsdocs.core.render.amendment;

/**
 * One piece of a constitution's text as a snapshot keeps it and a redline compares it: a heading,
 * a numbered clause, a list item, a table row, or an unnumbered paragraph, in reading order.
 *
 * @param kind    heading, clause, item, row or text
 * @param section the id of the numbered section it sits in (stable across versions, e.g. {@code disqualification})
 * @param number  the heading's or clause's number in that version ("3.2", "3.2.1"), empty for others
 * @param depth   for a heading, its level (1 for a section, 2 for a paragraph…); 0 otherwise
 * @param text    what it says, without its number, white space collapsed
 */
public record ClauseEntry(String kind, String section, String number, int depth, String text) {

    public static final String HEADING = "heading";
    public static final String CLAUSE = "clause";

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isHeading() {
        return HEADING.equals(kind);
    }

    /** Two entries are the same piece of text if they are of one kind and say the same thing, whatever their numbers. */
    public boolean sameAs(ClauseEntry other) {
        return kind.equals(other.kind) && text.equals(other.text);
    }
}
