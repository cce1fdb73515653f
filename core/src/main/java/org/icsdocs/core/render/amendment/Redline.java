package org.icsdocs.core.render.amendment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.render.Numbering;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.amendment.ClauseDiff.Change;
import org.icsdocs.core.render.amendment.ClauseDiff.Piece;
import org.icsdocs.core.render.amendment.ClauseDiff.Type;
import org.jsoup.nodes.Entities;

/**
 * The redline edition: the whole current text with what changed since the approved version
 * marked, and a summary of changes (section, change, reason) in front, as an application to vary
 * a constitution carries them. Insertions are {@code <ins>} and deletions {@code <del>}: the
 * stylesheet underlines the one and strikes through the other, so neither depends on colour,
 * and the Word edition turns each into a tracked change.
 */
public final class Redline {

    public static final String SLUG = "constitution-redline";
    public static final String STYLESHEET = "constitution/redline.css";

    /** One changed passage: its number, the approved wording and the proposed wording (either empty for an insertion or deletion). */
    public record Wording(String number, String before, String after) {
    }

    /** One section of the change summary, with each changed passage's old and new wording and the section's reason. */
    public record SummaryRow(String section, String number, String heading, int inserted, int deleted, int amended, String reason,
                             List<Wording> wordings) {

        public String change() {
            List<String> parts = new ArrayList<>();
            if (amended > 0) {
                parts.add(amended + (amended == 1 ? " passage amended" : " passages amended"));
            }
            if (inserted > 0) {
                parts.add(inserted + (inserted == 1 ? " passage inserted" : " passages inserted"));
            }
            if (deleted > 0) {
                parts.add(deleted + (deleted == 1 ? " passage deleted" : " passages deleted"));
            }
            return String.join(", ", parts);
        }
    }

    /** The redline and what it counts: its insertions and deletions, as {@code <ins>} and {@code <del>} elements. */
    public record Result(RenderedDocument document, List<SummaryRow> summary, int insertions, int deletions) {
    }

    /**
     * @param reasons      section id to the reason for its change, from the definition
     * @param fallback     the reason for a section with none of its own (the version's summary)
     */
    public Result render(ConstitutionSnapshot approved, List<ClauseEntry> current, String title, String currentVersion,
                         String approvedWhen, Map<String, String> reasons, String fallback) {
        List<Change> changes = new ClauseDiff().compare(approved.clauses(), current);
        List<SummaryRow> summary = summary(changes, reasons, fallback);
        StringBuilder body = new StringBuilder();
        int[] counts = new int[2];
        body.append("<div class=\"redline-key\" role=\"note\"><p><strong>How to read this edition.</strong> It shows version ")
                .append(esc(currentVersion)).append(" of the constitution against version ").append(esc(approved.version()))
                .append(approvedWhen == null || approvedWhen.isEmpty() ? "" : ", approved by NHS England on " + esc(approvedWhen))
                .append(". Inserted text is <span class=\"key-ins\">underlined</span> and deleted text is <span class=\"key-del\">struck through</span>;"
                        + " clause numbers are those of version ").append(esc(currentVersion))
                .append(", or of version ").append(esc(approved.version())).append(" for a deleted clause.</p></div>\n");
        body.append("<section class=\"change-summary\" id=\"change-summary\"><h2>Summary of changes</h2>\n");
        if (summary.isEmpty()) {
            body.append("<p>The text is unchanged.</p>\n");
        } else {
            // For each change, what a reviewer needs: the approved wording, the proposed wording and the reason.
            body.append("<table class=\"change-summary\"><caption>Changes from version ").append(esc(approved.version())).append(" to version ")
                    .append(esc(currentVersion)).append("</caption><thead><tr><th scope=\"col\">Section and passage</th>"
                            + "<th scope=\"col\">Wording in version ").append(esc(approved.version())).append("</th><th scope=\"col\">Wording proposed in version ")
                    .append(esc(currentVersion)).append("</th><th scope=\"col\">Reason</th></tr></thead><tbody>\n");
            for (SummaryRow r : summary) {
                String section = (r.number().isEmpty() ? "" : r.number() + " ") + r.heading();
                for (Wording w : r.wordings()) {
                    body.append("<tr><th scope=\"row\">").append(esc(section + (w.number().isEmpty() || w.number().equals(r.number()) ? "" : ", " + w.number())))
                            .append("</th><td>").append(w.before().isEmpty() ? "(none: inserted)" : esc(w.before())).append("</td><td>")
                            .append(w.after().isEmpty() ? "(none: deleted)" : esc(w.after())).append("</td><td>").append(esc(r.reason())).append("</td></tr>\n");
                }
            }
            body.append("</tbody></table>\n");
        }
        body.append("</section>\n");
        List<Numbering.Entry> contents = new ArrayList<>();
        contents.add(new Numbering.Entry("change-summary", "", "Summary of changes", 1));
        int n = 0;
        for (Change c : changes) {
            ClauseEntry e = c.current();
            String content = pieces(c.pieces(), counts);
            switch (e.kind()) {
                case ClauseEntry.HEADING -> {
                    int level = Math.max(2, Math.min(6, e.depth() + 1));
                    String id = "r" + (++n);
                    body.append("<h").append(level).append(" id=\"").append(id).append("\"><span class=\"number\">").append(esc(e.number()))
                            .append(" </span>").append(content).append("</h").append(level).append(">\n");
                    contents.add(new Numbering.Entry(id, e.number(), plain(c), Math.min(3, e.depth())));
                }
                case ClauseEntry.CLAUSE -> body.append("<p class=\"clause\"><span class=\"clause-number\">").append(esc(e.number()))
                        .append(" </span>").append(content).append("</p>\n");
                case "item" -> body.append("<p class=\"redline-item\">").append(content).append("</p>\n");
                case "row" -> body.append("<p class=\"redline-row\">").append(content).append("</p>\n");
                default -> body.append("<p>").append(content).append("</p>\n");
            }
        }
        RenderedDocument doc = new RenderedDocument(SLUG, title + ": redline of version " + currentVersion + " against version " + approved.version(),
                "Changes proposed in version " + currentVersion + ", for the application to vary the constitution", body.toString(), contents,
                List.of("constitution/constitution.css", STYLESHEET));
        return new Result(doc, summary, counts[0], counts[1]);
    }

    private static String plain(Change c) {
        return c.current().text();
    }

    private static String pieces(List<Piece> pieces, int[] counts) {
        StringBuilder s = new StringBuilder();
        for (Piece p : pieces) {
            String text = esc(p.text());
            switch (p.type()) {
                case INSERTED -> {
                    counts[0]++;
                    s.append("<ins>").append(text).append("</ins>");
                }
                case DELETED -> {
                    counts[1]++;
                    s.append("<del>").append(text).append("</del>");
                }
                default -> s.append(text);
            }
        }
        return s.toString();
    }

    private static List<SummaryRow> summary(List<Change> changes, Map<String, String> reasons, String fallback) {
        Map<String, int[]> bySection = new LinkedHashMap<>();
        Map<String, List<Wording>> wordings = new LinkedHashMap<>();
        Map<String, ClauseEntry> headings = new LinkedHashMap<>();
        // A section's heading as the current version has it; a section that is gone, as the approved one had it.
        changes.stream().filter(c -> c.after() != null && c.after().isHeading()).forEach(c -> headings.putIfAbsent(c.after().section(), c.after()));
        changes.stream().filter(c -> c.after() == null && c.before().isHeading()).forEach(c -> headings.putIfAbsent(c.before().section(), c.before()));
        for (Change c : changes) {
            ClauseEntry e = c.current();
            if (c.type() == Type.UNCHANGED) {
                continue;
            }
            int[] k = bySection.computeIfAbsent(e.section(), s -> new int[3]);
            k[c.type() == Type.INSERTED ? 0 : c.type() == Type.DELETED ? 1 : 2]++;
            wordings.computeIfAbsent(e.section(), x -> new ArrayList<>()).add(new Wording(e.number() == null ? "" : e.number(),
                    c.before() == null ? "" : c.before().text(), c.after() == null ? "" : c.after().text()));
        }
        List<SummaryRow> rows = new ArrayList<>();
        bySection.forEach((section, k) -> {
            ClauseEntry h = headings.get(section);
            rows.add(new SummaryRow(section, h == null ? "" : h.number(), h == null ? section : h.text(), k[0], k[1], k[2],
                    reasons.getOrDefault(section, reasons.getOrDefault("other", fallback)), List.copyOf(wordings.get(section))));
        });
        return rows;
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
