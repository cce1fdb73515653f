package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Labelled;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What the public reads, all of it: every page's text (and the alt, title and aria-label texts a
 * screen reader speaks), every open data file and the text of every PDF of the example site. None
 * may show an id of the definition, an enum name, a YAML key, a label made mechanically from an
 * enum name ("Nhs trusts"), a rule ID, or a placeholder for an empty field.
 */
class PublicWordingTest {

    /**
     * Open data columns and fields that are identifiers by design: the keys that join the files,
     * including Popolo's and Open Civic Data's {@code *_id} fields and links ({@code *_url}).
     */
    private static final Set<String> IDENTIFIER_FIELDS = Set.of("id", "person", "icb");

    private static boolean identifier(String field) {
        return IDENTIFIER_FIELDS.contains(field) || field.endsWith("_id") || field.endsWith("_url");
    }
    private static final List<String> PLACEHOLDERS = List.of("Not stated", "None stated", "None set");
    /** Enum names that, made into words mechanically, are also ordinary English the documents use. */
    private static final Set<String> NATURAL_PHRASES = Set.of("Joint working", "Emergency preparedness", "People plan", "Digital and data",
            "Allocate resources", "Arrange provision", "Collective accountability", "Procurement decisions", "Gifts and hospitality",
            "Governance documents");

    @Test
    void nothingPublicShowsAnIdAnEnumNameARuleIdOrAPlaceholder() throws IOException {
        Path site = ExampleSite.folder();
        Wording wording = new Wording(definitionIds());
        List<String> found = new ArrayList<>();
        int texts = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = site.relativize(file).toString().replace('\\', '/');
                String text = publicText(file, name);
                if (text != null) {
                    texts++;
                    wording.problems(text).forEach(p -> found.add(name + ": " + p));
                }
            }
        }
        assertThat(texts).as("pages, data files and PDFs read").isGreaterThan(100);
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckCatchesEachKindOfLeak() {
        Wording wording = new Wording(Set.of("maidstone-central-pcn", "km-chair"));
        assertThat(wording.problems("Held by maidstone-central-pcn.")).hasSize(1);
        assertThat(wording.problems("Sector: Nhs trusts")).hasSize(1);
        assertThat(wording.problems("Interest: non-financial-personal")).hasSize(1);
        assertThat(wording.problems("NON_FINANCIAL_PERSONAL")).hasSize(1);
        assertThat(wording.problems("Departure (BRD-011): x")).hasSize(1);
        assertThat(wording.problems("Risks: Not stated")).hasSize(1);
        assertThat(wording.problems("Partner member from NHS trusts and foundation trusts; Non-financial personal interest."))
                .isEmpty();
    }

    /** The text a person reads in a file, or null for files nobody reads as text (styles, scripts, images). */
    private static String publicText(Path file, String name) throws IOException {
        if (name.startsWith("assets/")) {
            return null;
        }
        if (name.endsWith(".html")) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            StringBuilder text = new StringBuilder(doc.text());
            for (Element e : doc.select("[alt], [title], [aria-label]")) {
                text.append('\n').append(e.attr("alt")).append('\n').append(e.attr("title")).append('\n').append(e.attr("aria-label"));
            }
            return text.toString();
        }
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        if (name.endsWith(".csv")) {
            return csvText(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        if (name.endsWith(".json")) {
            StringBuilder text = new StringBuilder();
            jsonText(new ObjectMapper().readTree(file.toFile()), null, text);
            return text.toString();
        }
        if (name.endsWith(".xml") && !name.equals("sitemap.xml")) {
            // A feed's words: its titles, summaries and contents (its <id>s are tag URIs for machines).
            Document feed = Jsoup.parse(Files.readString(file), "", org.jsoup.parser.Parser.xmlParser());
            return feed.select("title, subtitle, summary, content, name").eachText().stream().collect(Collectors.joining("\n"));
        }
        if (name.endsWith(".ics")) {
            // A calendar's words: the lines a calendar shows (unfolded), not its UIDs.
            return Files.readString(file).replace("\r\n ", "").lines()
                    .filter(l -> l.matches("(SUMMARY|DESCRIPTION|LOCATION|X-WR-CALNAME|X-WR-CALDESC)[;:].*"))
                    .map(l -> l.substring(l.indexOf(':') + 1).replace("\\n", "\n").replace("\\,", ",")).collect(Collectors.joining("\n"));
        }
        return null;
    }

    /** Every cell but those of the identifier columns. A simple reader: the files quote cells with commas. */
    private static String csvText(List<String> lines) {
        List<String> header = List.of(lines.get(0).split(","));
        StringBuilder text = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            for (int i = 0; i < cells.size(); i++) {
                if (i >= header.size() || !identifier(header.get(i))) {
                    text.append(cells.get(i)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([^,]*)").matcher(line);
        int at = 0;
        while (at <= line.length() && m.find(at)) {
            cells.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2));
            at = m.end() + 1;
        }
        return cells;
    }

    private static void jsonText(JsonNode node, String field, StringBuilder text) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                jsonText(e.getValue(), e.getKey(), text);
            }
        } else if (node.isArray()) {
            node.forEach(n -> jsonText(n, field, text));
        } else if (node.isTextual() && (field == null || !identifier(field) && !field.equals("url"))) {
            text.append(node.asText()).append('\n');
        }
    }

    /** Every id the example's YAML gives to something. */
    private static Set<String> definitionIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ExampleSite.EXAMPLE)) {
            for (Path yaml : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(yaml))) {
                    collectIds(doc, ids);
                }
            }
        }
        return ids;
    }

    private static void collectIds(Object node, Set<String> ids) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("id".equals(k) && v instanceof String s) {
                    ids.add(s);
                }
                collectIds(v, ids);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(n -> collectIds(n, ids));
        }
    }

    /** The words that must not reach the public, and a search for them in a text. */
    private static final class Wording {

        private final List<Pattern> forbidden = new ArrayList<>();

        Wording(Set<String> ids) {
            // An id is unmistakable when it has a hyphen or a digit; a one-word id ("audit") is also a word of the
            // text, and a reference number ("F01", "D07") is printed on purpose, as a scheme of delegation cites it.
            ids.stream().filter(id -> id.matches(".*[-0-9].*") && !id.matches("[A-Z]{1,3}[0-9]{1,3}")).forEach(id -> forbidden.add(token(id)));
            List<Labelled> constants = labelledEnums().stream().flatMap(t -> Stream.of(t.getEnumConstants())).map(c -> (Labelled) c).toList();
            Set<String> humanLabels = constants.stream().map(Labelled::label).collect(Collectors.toSet());
            for (Labelled value : constants) {
                if (value.name().contains("_")) {
                    forbidden.add(token(value.name()));
                    if (!value.key().equals(value.label().toLowerCase(Locale.ROOT))) {
                        forbidden.add(token(value.key()));
                    }
                }
                String mechanical = mechanicalLabel(value.name());
                // One word ("County") is also a word of the text; only an acronym lowered by the mechanical rule ("Icb") is a leak.
                boolean telling = mechanical.contains(" ") || value.label().equals(value.label().toUpperCase(Locale.ROOT));
                if (telling && !humanLabels.contains(mechanical) && !NATURAL_PHRASES.contains(mechanical)
                        && !value.label().startsWith(mechanical + " ")) {
                    forbidden.add(token(mechanical));
                }
            }
            String families = Stream.of(Rule.values()).map(Rule::family).distinct().collect(Collectors.joining("|"));
            forbidden.add(Pattern.compile("\\b(?:" + families + ")-\\d{3}\\b"));
            PLACEHOLDERS.forEach(p -> forbidden.add(Pattern.compile("\\b" + p + "\\b")));
        }

        List<String> problems(String text) {
            List<String> problems = new ArrayList<>();
            for (Pattern p : forbidden) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    int from = Math.max(0, m.start() - 40);
                    problems.add("'" + m.group() + "' in …" + text.substring(from, Math.min(text.length(), m.end() + 40)).replace('\n', ' ') + "…");
                }
            }
            return problems;
        }

        private static Pattern token(String word) {
            return Pattern.compile("(?<![\\w/.#-])" + Pattern.quote(word) + "(?![\\w-]|\\.\\w)");
        }

        private static String mechanicalLabel(String name) {
            String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    private static List<Class<?>> labelledEnums() {
        try {
            Path folder = Path.of(Labelled.class.getResource("Labelled.class").toURI()).getParent();
            try (Stream<Path> files = Files.list(folder)) {
                List<Class<?>> found = new ArrayList<>();
                for (Path f : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                    Class<?> type = Class.forName(Labelled.class.getPackageName() + "." + f.getFileName().toString().replace(".class", ""));
                    if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
                        found.add(type);
                    }
                }
                return found;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
