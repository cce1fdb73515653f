package org.icsdocs.core.render.constitution;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderException;
import org.icsdocs.core.render.RenderedDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The review edition of the constitution: its text with each clause's basis (required by
 * statute, NHS England's model text, or the ICB's local choice) and source shown beside it, as
 * draft constitutions show it with colour, here also in words so that it does not rest on colour.
 * For the board secretary and NHS England's reviewer; never published on the site. The bases
 * come from {@code constitution/provenance.yaml}, which a project may override.
 */
public final class ReviewEdition {

    public static final String SLUG = "constitution-review";
    public static final String RESOURCE = "constitution/provenance.yaml";
    public static final String STYLESHEET = "constitution/review.css";

    /** What a clause rests on. */
    public record Basis(String basis, String source) {

        public String label() {
            return switch (basis) {
                case "statute" -> "Required by statute";
                case "model" -> "Model text";
                default -> "Local choice";
            };
        }
    }

    public RenderedDocument render(RenderContext context, RenderedDocument constitution) {
        Map<String, Basis> bases = load(context);
        Document doc = Jsoup.parseBodyFragment(constitution.bodyHtml());
        doc.outputSettings().prettyPrint(false);
        Element key = doc.body().prependElement("div").addClass("review-key").attr("role", "note");
        key.appendElement("p").html("<strong>Review edition, not for publication.</strong> Each clause is labelled with its basis: "
                + "<span class=\"basis basis-statute\">Required by statute</span>, <span class=\"basis basis-model\">Model text</span> "
                + "(NHS England's model ICB constitution) or <span class=\"basis basis-local\">Local choice</span>, and its source.");
        for (Element clause : doc.select("p.clause")) {
            Basis b = basisOf(clause, bases);
            Element label = clause.appendElement("span").addClass("basis").addClass("basis-" + b.basis());
            label.text(b.label() + ": " + b.source());
            clause.addClass("basis-" + b.basis() + "-clause");
        }
        return new RenderedDocument(SLUG, constitution.title() + ": review edition", constitution.subtitle() + "; review edition showing each clause's basis",
                doc.body().html(), constitution.contents(), appended(constitution.stylesheets()));
    }

    private static List<String> appended(List<String> sheets) {
        List<String> out = new ArrayList<>(sheets);
        out.add(STYLESHEET);
        return out;
    }

    /** The clause's own entry, else its section's, else the nearest enclosing section's, else the default. */
    static Basis basisOf(Element clause, Map<String, Basis> bases) {
        if (!clause.id().isEmpty() && bases.containsKey(clause.id())) {
            return bases.get(clause.id());
        }
        // A clause moved into another section (section 2 keeps the model's subsections) names the key of its basis.
        if (bases.containsKey(clause.attr("data-basis"))) {
            return bases.get(clause.attr("data-basis"));
        }
        for (Element p = clause.parent(); p != null; p = p.parent()) {
            if (p.tagName().equals("section") && bases.containsKey(p.id())) {
                return bases.get(p.id());
            }
        }
        return bases.getOrDefault("default", new Basis("model", "NHS England model ICB constitution"));
    }

    private static Map<String, Basis> load(RenderContext context) {
        String origin = context.templates().origin(RESOURCE);
        Object tree;
        try {
            tree = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).build())
                    .loadFromString(new String(context.templates().asset(RESOURCE), StandardCharsets.UTF_8));
        } catch (YamlEngineException e) {
            throw new RenderException(Location.ofFile(origin), "the clause bases cannot be read: " + e.getMessage(), e);
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new RenderException(Location.ofFile(origin), "the clause bases must map section or clause ids to a basis and a source", null);
        }
        Map<String, Basis> out = new HashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> v) || !(v.get("basis") instanceof String basis) || !(v.get("source") instanceof String source)
                    || !List.of("statute", "model", "local").contains(basis)) {
                throw new RenderException(Location.ofFile(origin), "the basis of '" + e.getKey()
                        + "' needs basis (statute, model or local) and source", null);
            }
            out.put(String.valueOf(e.getKey()), new Basis(basis, source));
        }
        return out;
    }
}
