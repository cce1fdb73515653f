package org.icsdocs.core.render.amendment;

import java.util.List;

/**
 * The clauses of an approved version of a constitution, as the project keeps them (a JSON file the
 * user commits) so that the next version can be compared with it and a redline produced for the
 * application to vary (NHS Act 2006 Sch. 1B para 15: a constitution is varied on application to NHS
 * England, which reviewers compare clause by clause).
 *
 * @param format        always {@link #FORMAT}, so another JSON file is not mistaken for a snapshot
 * @param formatVersion the snapshot format; a file from a newer ics-docs has a higher one
 * @param icsDocs       the ics-docs version that wrote it
 * @param ics           the system's id ({@code ics.id}), so a snapshot of another ICB is refused
 * @param icb           the ICB's name, for people reading the file
 * @param version       the constitution's version, e.g. "1.5"
 * @param approvedOn    when NHS England approved it (ISO date), as the definition records it
 * @param clauses       its text, in reading order
 */
public record ConstitutionSnapshot(String format, int formatVersion, String icsDocs, String ics, String icb, String version,
                                   String approvedOn, List<ClauseEntry> clauses) {

    public static final String FORMAT = "ics-docs constitution snapshot";
    public static final int FORMAT_VERSION = 1;

    public ConstitutionSnapshot {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}
