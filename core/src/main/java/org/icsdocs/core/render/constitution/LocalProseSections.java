package org.icsdocs.core.render.constitution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.model.Constitution;
import org.icsdocs.core.model.LocalProse;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderException;

/**
 * The ICB's own words for sections of its constitution, from the Markdown files named in
 * {@code constitution.prose}. Each key names a section; its prose opens that section. A key the
 * constitution has no section for is an error at the entry that names it, since silently
 * dropping a board secretary's text would publish a constitution without it.
 */
final class LocalProseSections {

    /** Section keys and how far each pushes the prose's headings down, so its "#" sits under the section's heading. */
    static final Map<String, Integer> SECTIONS = sections();

    private static Map<String, Integer> sections() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("introduction", 3); // inside paragraph 1.1, under an h3
        for (String key : List.of("composition", "appointments", "functions", "decisions", "conflicts", "accountability",
                "employees", "public-involvement", "standing-orders")) {
            m.put(key, 2);
        }
        return Map.copyOf(m);
    }

    private LocalProseSections() {
    }

    /** Section key to sanitised HTML; several files for one key are joined in the order written. */
    static Map<String, String> render(Constitution constitution, RenderContext context) {
        Map<String, String> html = new LinkedHashMap<>();
        if (constitution == null) {
            return html;
        }
        for (LocalProse prose : constitution.prose()) {
            Integer shift = SECTIONS.get(prose.section());
            if (shift == null) {
                throw new RenderException(prose.at().of("section"), "constitution.prose names the section '" + prose.section()
                        + "', which the constitution does not have; use one of " + String.join(", ", sorted()), null);
            }
            html.merge(prose.section(), context.markdownFile(prose.file(), shift), String::concat);
        }
        return html;
    }

    private static List<String> sorted() {
        return SECTIONS.keySet().stream().sorted().toList();
    }
}
