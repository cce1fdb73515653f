package org.icsdocs.core.render.boardpack;

import java.util.List;

/**
 * Everything a board pack prints, in plain words, for the templates under {@code board-pack/}.
 * Built by {@link PackBuilder}; the templates only lay it out.
 *
 * @param part           "Held in public" or "Held in private"
 * @param privateReason  for a private meeting, the resolution excluding the public
 * @param logo           a data URI of the ICB's logo, or null
 * @param notice         the illustrative-content notice, or null
 * @param previous       the previous meeting of the body and its minutes, or null if none is defined
 * @param nextMeeting    the date of the body's next meeting (the next one in public, for a meeting in public), or null
 */
public record PackView(String meetingId, String icbName, String bodyName, String title, String part, String privateReason,
                       String date, String time, String venue, String chair, String papersPublished, String logo, String notice,
                       List<SectionView> sections, PreviousMinutes previous, List<ActionRow> actions,
                       List<RegisterEntry> register, String registerDate, String attendeesNote, String nextMeeting) {

    public PackView {
        sections = List.copyOf(sections);
        actions = List.copyOf(actions);
        register = List.copyOf(register);
    }

    /** Items with an enclosure in the pack, in agenda order. */
    public List<ItemView> enclosures() {
        return sections.stream().flatMap(s -> s.items().stream()).filter(ItemView::hasEnclosure).toList();
    }

    /** "NHS Kent and Medway Board · 10 September 2026", the start of every running header. */
    public String header() {
        return bodyName + " · " + date;
    }

    /** A numbered agenda section. */
    public record SectionView(String number, String title, String anchor, List<ItemView> items) {
        public SectionView {
            items = List.copyOf(items);
        }
    }

    /**
     * An agenda item.
     *
     * @param anchor       id of the item's cover sheet in the pack (its enclosure starts there)
     * @param row          id of its row in the agenda
     * @param slot         e.g. "10:45–11:10", or null
     * @param withheld     why an item of a public meeting is taken in private (its paper is left out), or null
     * @param declarations interests of people at the meeting that touch the item
     * @param fragment     file name of its web fragment, e.g. {@code 3.1.html}
     */
    public record ItemView(String number, String title, String anchor, String row, String kind, String purpose, String presenter,
                           String slot, String withheld, CoverView cover, Paper paper, List<DeclaredInterest> declarations,
                           String fragment, String runningHeader) {
        public ItemView {
            declarations = List.copyOf(declarations);
        }

        public boolean hasEnclosure() {
            return paper != null;
        }
    }

    /** The cover sheet's fields; a field the definition leaves empty is null. */
    public record CoverView(String author, String sponsor, String paperDate, String summary, String recommendation,
                            List<String> objectives, String risks, String finance, String equality, String engagement, String conflicts) {
        public CoverView {
            objectives = List.copyOf(objectives);
        }
    }

    /**
     * The paper itself: Markdown (as HTML for print and for the web) or an attached PDF, drawn onto
     * {@code placeholders} (one element id per page) after layout.
     *
     * @param published where the attached PDF is published, relative to the site folder
     */
    public record Paper(String printHtml, String webHtml, String pdfName, String published, List<String> placeholders) {
        public Paper {
            placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
        }

        public boolean isPdf() {
            return pdfName != null;
        }

        public int pages() {
            return placeholders.size();
        }
    }

    /** A declared interest that touches an item, with how it is managed. */
    public record DeclaredInterest(String person, String type, String organisation, String nature, String management) {
    }

    /**
     * The previous meeting of the same body.
     *
     * @param html      its minutes as HTML, or null if it has no minutes file (or they are already an item)
     * @param item      the item of this agenda whose paper is those minutes, or null
     * @param resolutions the resolutions the minutes record, numbered as minuted
     */
    public record PreviousMinutes(String title, String date, String html, ItemView item, List<ResolutionLine> resolutions) {
        public PreviousMinutes {
            resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        }
    }

    /** A resolution of the previous meeting, as the minutes number it. */
    public record ResolutionLine(String number, String item, String wording, String outcome, String how) {
    }

    /** A line of the action log. */
    public record ActionRow(String meeting, String ref, String description, String owner, String due, String status,
                            String update, boolean overdue) {
    }

    /** A person on the register of interests. */
    public record RegisterEntry(String person, String role, String declared, String reviewDue, boolean overdue, boolean missing,
                                boolean nil, List<InterestRow> interests) {
        public RegisterEntry {
            interests = List.copyOf(interests);
        }
    }

    /** One declared interest on the register. */
    public record InterestRow(String type, String organisation, String nature, String from, String to, String management) {
    }
}
