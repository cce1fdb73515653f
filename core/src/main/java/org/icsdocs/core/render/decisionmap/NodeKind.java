package org.icsdocs.core.render.decisionmap;

/**
 * The kinds of box on the structure chart, each with its rank (how far down the chart it sits)
 * and its colours. Fills and text colours are chosen for a contrast of at least 4.5:1 (WCAG AA
 * for text) and borders for at least 3:1 against white (WCAG 1.4.11); colours repeat the
 * NHS identity palette so a reader can tell the kinds apart, but the subtitle in each box also
 * says what it is, so nothing relies on colour alone.
 */
enum NodeKind {
    NHS_ENGLAND(0, "#003087", "#003087", "#ffffff", "NHS England"),
    BOARD(1, "#005eb8", "#003087", "#ffffff", "ICB board"),
    ICP(1, "#e3f4f2", "#00665e", "#212b32", "Integrated care partnership"),
    COMMITTEE(2, "#e8edee", "#005eb8", "#212b32", "Committee"),
    JOINT_COMMITTEE(2, "#f6e9ef", "#7c2855", "#212b32", "Joint committee"),
    SUB_COMMITTEE(3, "#f4f6f7", "#4c6272", "#212b32", "Sub-committee"),
    PLACE(3, "#e6f4ec", "#007f3b", "#212b32", "Place-based partnership"),
    COLLABORATIVE(3, "#efe9f5", "#330072", "#212b32", "Provider collaborative"),
    ORGANISATION(3, "#ffffff", "#4c6272", "#212b32", "Organisation");

    final int rank;
    final String fill;
    final String stroke;
    final String text;
    final String label;

    NodeKind(int rank, String fill, String stroke, String text, String label) {
        this.rank = rank;
        this.fill = fill;
        this.stroke = stroke;
        this.text = text;
        this.label = label;
    }

    /** The CSS class of the box, e.g. {@code joint-committee}. */
    String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
