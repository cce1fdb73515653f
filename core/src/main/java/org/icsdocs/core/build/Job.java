package org.icsdocs.core.build;

import java.util.List;
import java.util.function.Function;
import org.icsdocs.core.render.RenderContext;

/**
 * One unit of a build that renders alone and can be reused alone: a document, a meeting's board
 * pack, a page of the website.
 *
 * @param id               stable across builds, e.g. {@code pack:board-2026-09-10}
 * @param templateFamilies the template folders its output depends on
 * @param ownKey           its own part of the key, besides what every job depends on and its families: its id, or for a
 *                         page what it embeds
 * @param reusable         false for a job whose output sums up others' (the search index) and so is rendered whenever
 *                         anything is
 * @param render           renders it with a context of its own, which records the definition's files it reads
 */
public record Job(String id, List<String> templateFamilies, String ownKey, boolean reusable, Function<RenderContext, JobOutput> render) {

    public Job {
        templateFamilies = List.copyOf(templateFamilies);
    }

    /** A job declared before anything renders: its id is all of its own key. */
    public static Job keyedById(String id, List<String> templateFamilies, Function<RenderContext, JobOutput> render) {
        return new Job(id, templateFamilies, id, true, render);
    }
}
