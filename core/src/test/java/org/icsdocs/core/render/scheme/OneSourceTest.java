package org.icsdocs.core.render.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.constitution.ConstitutionRenderer;
import org.icsdocs.core.render.decisionmap.DecisionMapRenderer;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The functions-and-decision map, the constitution's section on the exercise of functions and the
 * scheme of reservation and delegation say the same about which functions are reserved to the
 * board: all three read it from one record, so a change to the scheme changes all three.
 */
class OneSourceTest {

    private static final Path EXAMPLE = Path.of("../example-site/src/main/ics");
    private static final Pattern REF = Pattern.compile("\\b(F\\d+)\\b");

    @TempDir
    Path temp;

    /** What each document says is reserved to the board: function refs, by document. */
    private static Map<String, Set<String>> reservedIn(DefinitionFixture fixture) {
        Outcome outcome = fixture.validate();
        RenderContext context = RenderContext.of(outcome.load().definition().orElseThrow(), outcome.report(), DefinitionFixture.AS_OF,
                TemplateEngine.builtIn(), fixture.root());
        Document map = Jsoup.parse(new DecisionMapRenderer().render(context).bodyHtml());
        Set<String> inMap = new LinkedHashSet<>();
        for (Element holder : map.select("td.holder")) {
            if (holder.text().startsWith("Reserved to the board")) {
                Element row = holder.parent();
                while (row.selectFirst("th.ref") == null) {
                    row = row.previousElementSibling();
                }
                inMap.add(row.selectFirst("th.ref").text());
            }
        }
        Document constitution = Jsoup.parse(new ConstitutionRenderer().render(context).bodyHtml());
        Set<String> inConstitution = new LinkedHashSet<>();
        for (Element li : constitution.select("ul.reserved-functions li")) {
            Matcher m = REF.matcher(li.text());
            if (m.find()) {
                inConstitution.add(m.group(1));
            }
        }
        Document scheme = Jsoup.parse(new SchemeRenderer().render(context).bodyHtml());
        Set<String> inScheme = new LinkedHashSet<>();
        for (Element tr : scheme.select("table.scheme-functions tbody tr")) {
            if (tr.selectFirst("td.reserved").text().equals("Yes")) {
                inScheme.add(tr.selectFirst("th.ref").text());
            }
        }
        return Map.of("map", inMap, "constitution", inConstitution, "scheme", inScheme);
    }

    @Test
    void theMapTheConstitutionAndTheSchemeReserveTheSameFunctions() {
        Map<String, Set<String>> reserved = reservedIn(DefinitionFixture.copyOf(EXAMPLE, temp.resolve("km")));
        // The example's map once left F03, F06-F08 and F10 "not delegated"; the scheme now reserves them.
        assertThat(reserved.get("scheme")).containsExactlyInAnyOrder("F01", "F02", "F03", "F04", "F06", "F07", "F08", "F10", "F23");
        assertThat(reserved.get("map")).isEqualTo(reserved.get("scheme"));
        assertThat(reserved.get("constitution")).containsExactlyInAnyOrderElementsOf(reserved.get("scheme"));
    }

    @Test
    void delegatingACategoryInTheSchemeChangesAllThree() {
        DefinitionFixture fixture = DefinitionFixture.copyOf(EXAMPLE, temp.resolve("km"))
                .set("scheme.categories[id=emergency-preparedness].reserved", false)
                .set("scheme.categories[id=emergency-preparedness].holders", List.of(Map.of("role", "aeo")));
        Map<String, Set<String>> reserved = reservedIn(fixture);
        for (String document : List.of("map", "constitution", "scheme")) {
            assertThat(reserved.get(document)).as(document).doesNotContain("F10").contains("F01", "F03");
        }
    }
}
