package org.icsdocs.core.render.amendment;

import java.util.ArrayList;
import java.util.List;
import org.icsdocs.core.render.Numbering;
import org.jsoup.nodes.Entities;

/**
 * An approved version of the constitution, printed from its committed snapshot: its headings,
 * numbered clauses, lists, tables and paragraphs as NHS England approved them, with the numbers
 * they had. The snapshot keeps text, not links, so cross-references read as the words they were.
 */
final class SnapshotEdition {

    /** The body and its contents, with the same marks ({@code span.number}, {@code p.clause}) as a rendered constitution. */
    record Body(String html, List<Numbering.Entry> contents) {
    }

    Body render(ConstitutionSnapshot snapshot) {
        StringBuilder html = new StringBuilder();
        List<Numbering.Entry> contents = new ArrayList<>();
        StringBuilder toc = new StringBuilder("<nav class=\"toc\" aria-labelledby=\"contents-heading\"><h2 id=\"contents-heading\">Contents</h2><ol class=\"toc-list\">");
        List<ClauseEntry> clauses = snapshot.clauses();
        int open = 0; // sections open, one per heading level, so the text nests as the rendered constitution does
        for (int i = 0; i < clauses.size(); i++) {
            ClauseEntry e = clauses.get(i);
            switch (e.kind()) {
                case ClauseEntry.HEADING -> {
                    int level = Math.max(2, Math.min(6, e.depth() + 1));
                    String number = e.depth() == 1 && e.number().matches("[A-Z]") ? e.number() + ":" : e.number();
                    String id = e.section().isEmpty() ? "s-" + e.number().replace('.', '-') : e.section();
                    for (; open >= e.depth(); open--) {
                        html.append("</section>\n");
                    }
                    for (; open < e.depth(); open++) {
                        html.append("<section class=\"numbered\"").append(open == e.depth() - 1 ? " id=\"" + esc(id) + "\"" : "").append(">\n");
                    }
                    html.append("<h").append(level).append("><span class=\"number\">").append(esc(number))
                            .append(" </span>").append(esc(e.text())).append("</h").append(level).append(">\n");
                    contents.add(new Numbering.Entry(id, e.number(), e.text(), e.depth()));
                    toc.append("<li class=\"toc-depth-").append(e.depth()).append("\"><a href=\"#").append(esc(id)).append("\"><span class=\"toc-number\">")
                            .append(esc(e.number())).append("</span> ").append(esc(e.text())).append("</a></li>");
                }
                case ClauseEntry.CLAUSE -> html.append("<p class=\"clause\"><span class=\"clause-number\">").append(esc(e.number())).append(" </span>")
                        .append(esc(e.text())).append("</p>\n");
                case "item" -> {
                    html.append("<ul>\n");
                    for (; i < clauses.size() && clauses.get(i).kind().equals("item"); i++) {
                        html.append("<li>").append(esc(clauses.get(i).text())).append("</li>\n");
                    }
                    i--;
                    html.append("</ul>\n");
                }
                case "row" -> {
                    List<String[]> rows = new ArrayList<>();
                    for (; i < clauses.size() && clauses.get(i).kind().equals("row"); i++) {
                        rows.add(clauses.get(i).text().split(" \\| ", -1));
                    }
                    i--;
                    table(rows, html);
                }
                default -> html.append("<p>").append(esc(e.text())).append("</p>\n");
            }
        }
        for (; open > 0; open--) {
            html.append("</section>\n");
        }
        toc.append("</ol></nav>\n");
        return new Body(toc + html.toString(), contents);
    }

    /**
     * The first row is the header. A row with fewer cells (a group heading that spanned the table)
     * spans its last cell over the rest, so every row has the table's columns, as PDF/UA requires.
     */
    private static void table(List<String[]> rows, StringBuilder html) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        html.append("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            String tag = r == 0 ? "th" : "td";
            html.append(r == 0 ? "<thead><tr>" : "<tr>");
            for (int c = 0; c < cells.length; c++) {
                html.append('<').append(tag).append(r == 0 ? " scope=\"col\"" : "");
                if (c == cells.length - 1 && cells.length < columns) {
                    html.append(" colspan=\"").append(columns - cells.length + 1).append('"');
                }
                html.append('>').append(esc(cells[c])).append("</").append(tag).append('>');
            }
            html.append(r == 0 ? "</tr></thead><tbody>\n" : "</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
