package org.icsdocs.core.generate;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.icsdocs.core.render.RenderContext;

/**
 * One unit of a generation that renders alone and can be reused alone: a document or a meeting's
 * board pack.
 *
 * @param id               stable across builds, e.g. {@code pack:board-2026-09-10}
 * @param templateFamilies the template folders its output depends on
 * @param render           renders it with a context of its own (which records the files it reads)
 */
record RenderJob(String id, List<String> templateFamilies, Function<RenderContext, Output> render) {

    /**
     * @param files   site path to content
     * @param pages   site path to page count, for the PDFs among the files
     * @param summary one line for the log
     */
    record Output(SortedMap<String, byte[]> files, Map<String, Integer> pages, String summary) {

        Output {
            files = new TreeMap<>(files);
            pages = Map.copyOf(pages);
        }
    }
}
