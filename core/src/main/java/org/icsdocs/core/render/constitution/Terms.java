package org.icsdocs.core.render.constitution;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.render.RenderException;
import org.icsdocs.core.render.TemplateEngine;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The glossary the definitions appendix draws on, kept as data ({@code constitution/terms.yaml},
 * overridable like any template) so the appendix lists only the terms the text actually uses:
 * a term whose section is overridden away, or whose thing the ICS does not have, drops out.
 */
public final class Terms {

    public static final String RESOURCE = "constitution/terms.yaml";

    /** A defined term: how it is printed, what it means, and the phrases that count as using it. */
    public record Term(String term, String definition, List<Pattern> phrases) {

        boolean usedIn(String text) {
            return phrases.stream().anyMatch(p -> p.matcher(text).find());
        }
    }

    private final List<Term> terms;

    private Terms(List<Term> terms) {
        this.terms = terms;
    }

    /**
     * Reads the glossary. {@code values} fill placeholders such as {@code {icb}} in definitions,
     * for the few terms whose meaning is the ICS's own (the ICB, its area).
     */
    public static Terms load(TemplateEngine templates, Map<String, String> values) {
        String yaml = new String(templates.asset(RESOURCE), StandardCharsets.UTF_8);
        Object tree;
        try {
            tree = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new RenderException(Location.ofFile(templates.origin(RESOURCE)), "the glossary cannot be read: " + e.getMessage(), e);
        }
        if (!(tree instanceof List<?> entries)) {
            throw new RenderException(Location.ofFile(templates.origin(RESOURCE)), "the glossary must be a list of entries with term and definition", null);
        }
        List<Term> terms = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> map) || !(map.get("term") instanceof String term) || !(map.get("definition") instanceof String definition)) {
                throw new RenderException(Location.ofFile(templates.origin(RESOURCE)), "each glossary entry needs a term and a definition: " + entry, null);
            }
            List<String> phrases = new ArrayList<>();
            phrases.add(term);
            if (map.get("also") instanceof List<?> also) {
                also.forEach(a -> phrases.add(String.valueOf(a)));
            }
            terms.add(new Term(term, fill(definition.trim(), values), phrases.stream().map(Terms::pattern).toList()));
        }
        return new Terms(List.copyOf(terms));
    }

    /** A phrase as a whole-word, case-insensitive match, so "place" does not match "placement". */
    private static Pattern pattern(String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String fill(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            out = out.replace("{" + v.getKey() + "}", v.getValue());
        }
        return out;
    }

    public List<Term> all() {
        return terms;
    }

    /** The terms the text uses, in alphabetical order. */
    public List<Term> usedIn(String text) {
        return terms.stream().filter(t -> t.usedIn(text))
                .sorted(Comparator.comparing((Term t) -> t.term().toLowerCase(Locale.ROOT)).thenComparing(Term::term)).toList();
    }
}
