package org.icsdocs.core.render.decisionmap;

import java.util.List;

/**
 * One group of the table: the functions of one category, under their own sub-heading.
 *
 * @param id       the section id, e.g. {@code functions-core}
 * @param category the category key as written in YAML, e.g. {@code nhs-england-delegated}; the
 *                 templates choose the heading and introduction by it
 */
public record MapGroup(String id, String category, List<MapRow> rows) {

    public MapGroup {
        rows = List.copyOf(rows);
    }
}
