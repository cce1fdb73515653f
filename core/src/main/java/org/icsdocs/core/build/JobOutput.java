package org.icsdocs.core.build;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a job rendered.
 *
 * @param files    output path to content
 * @param pages    output path to page count, for the PDFs among the files
 * @param embedded generated files it embedded (a page embeds a document's fragment), output path to fingerprint: it is
 *                 rendered again when one of them changes
 * @param summary  one line for the log; null for none
 */
public record JobOutput(SortedMap<String, byte[]> files, Map<String, Integer> pages, SortedMap<String, String> embedded, String summary) {

    public JobOutput {
        files = new TreeMap<>(files);
        pages = Map.copyOf(pages);
        embedded = new TreeMap<>(embedded);
    }

    public static JobOutput of(SortedMap<String, byte[]> files, Map<String, Integer> pages, String summary) {
        return new JobOutput(files, pages, new TreeMap<>(), summary);
    }
}
