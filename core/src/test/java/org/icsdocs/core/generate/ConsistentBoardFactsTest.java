package org.icsdocs.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.render.constitution.ConstitutionRenderer;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts about the board that several outputs print (the make-up and who nominates each
 * partner seat, who appoints each role, the terms of office and the quorum) read the same in the
 * constitution (HTML and Word), on the website's board page and in the functions and decision map,
 * and no member's term on the site is longer than the constitution's term for the role. The
 * facts are read back from what a reader sees, not from the model, so a template that writes a
 * fact itself is caught: the second test shows that with a broken copy of the board page.
 */
class ConsistentBoardFactsTest {

    private static final DocumentFrame FRAME = new DocumentFrame("NHS Kent and Medway", "en-GB", null,
            Instant.parse("2026-11-01T00:00:00Z"), "constitution.pdf");
    private static final Pattern QUORUM = Pattern.compile("A meeting of the board is quorate when ([^.]+)\\.");
    private static final Pattern TERM_LENGTH = Pattern.compile("^(.+?): a term of (\\w+) years?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    @TempDir
    Path temp;

    /** What one output says about the board; a field it does not print is empty. */
    record Facts(String quorum, List<String> makeUp, Map<String, String> nominations, Map<String, String> appointments, List<String> terms) {
    }

    @Test
    void theConstitutionTheSiteTheMapAndTheWordConstitutionStateTheSameBoard() throws IOException {
        DefinitionFixture km = kentAndMedway();
        Path site = generate(km, List.of());
        Document constitution = Jsoup.parse(site.resolve("documents/constitution.html").toFile(), "UTF-8");
        Document board = Jsoup.parse(site.resolve("board.html").toFile(), "UTF-8");
        Document map = Jsoup.parse(site.resolve("documents/decision-map.html").toFile(), "UTF-8");

        Facts inConstitution = constitution(constitution);
        // the facts were found, so the comparisons below compare something
        assertThat(inConstitution.quorum()).startsWith("eight voting members are present, a majority of the board's fourteen voting members");
        assertThat(inConstitution.makeUp()).hasSize(5);
        assertThat(inConstitution.nominations()).containsEntry("local authorities", "one nominated by Kent County Council and one by Medway Council");
        assertThat(inConstitution.appointments()).containsEntry("Medical director", "the chief executive, with the approval of the chair");
        assertThat(inConstitution.terms()).contains("Independent non-executive members: a term of four years, and no more than eight years in the role in total");

        assertThat(disagreements(inConstitution, site(board), "the site's board page")).isEmpty();
        assertThat(disagreements(inConstitution, map(map), "the decision map")).isEmpty();
        assertThat(disagreements(inConstitution, word(km), "the Word constitution")).isEmpty();
        assertThat(appointmentClausesDisagreeing(constitution)).isEmpty();
        assertThat(membersServingLongerThanTheConstitutionAllows(inConstitution, board)).isEmpty();
    }

    @Test
    void aBoardPageThatWritesTheQuorumItselfIsCaught() throws IOException {
        Path templates = temp.resolve("templates");
        Path page = templates.resolve("site/pages/board.ftlh");
        Files.createDirectories(page.getParent());
        String builtIn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/icsdocs/templates/site/pages/board.ftlh")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(builtIn).contains("quorate when ${facts.quorum()}.");
        // the copy a project might once have made, with the old figure typed in
        Files.writeString(page, builtIn.replace("quorate when ${facts.quorum()}.",
                "quorate when seven voting members are present, including the chair or the deputy chair."));

        Path site = generate(kentAndMedway(), List.of(templates));
        Facts inConstitution = constitution(Jsoup.parse(site.resolve("documents/constitution.html").toFile(), "UTF-8"));
        List<String> found = disagreements(inConstitution, site(Jsoup.parse(site.resolve("board.html").toFile(), "UTF-8")), "the site's board page");

        assertThat(found).singleElement().asString().contains("quorum").contains("seven voting members").contains("eight voting members");
    }

    @Test
    void aMemberServingLongerThanTheConstitutionAllowsIsCaught() throws IOException {
        // The board page as the issue found it: the deputy chair's term 2022-27 beside four-year terms. (The definition
        // itself cannot be built so: BRD-018 stops the build, so the page is edited after it.)
        Path site = generate(kentAndMedway(), List.of());
        Facts inConstitution = constitution(Jsoup.parse(site.resolve("documents/constitution.html").toFile(), "UTF-8"));
        Document board = Jsoup.parse(site.resolve("board.html").toFile(), "UTF-8");
        assertThat(membersServingLongerThanTheConstitutionAllows(inConstitution, board)).isEmpty();
        Element deputy = board.select("table tbody tr").stream().filter(r -> r.select("td").get(0).text().startsWith("Deputy Chair")).findFirst().orElseThrow();
        deputy.select("td").get(2).text("1 July 2022 to 30 June 2027");

        assertThat(membersServingLongerThanTheConstitutionAllows(inConstitution, board))
                .singleElement().asString().contains("Deputy Chair").contains("1 July 2022 to 30 June 2027").contains("four years");
    }

    // Reading each output ----------------------------------------------------------------------

    private static Facts constitution(Document html) {
        Map<String, String> nominations = new LinkedHashMap<>();
        Map<String, String> appointments = new LinkedHashMap<>();
        for (Element row : html.select("table.composition tbody tr")) {
            String role = row.selectFirst("th").text();
            List<String> cells = row.select("td").eachText();
            if (role.startsWith("Partner member: ")) {
                nominations.put(role.substring("Partner member: ".length()).replace("primary medical services", "providers of primary medical services"),
                        lowerFirst(cells.get(2).replaceAll(" \\((paragraph|clause) [0-9.]+\\)$", "")));
            }
            appointments.put(role, lowerFirst(cells.get(3)));
        }
        List<String> makeUp = html.select("#board-membership ol.lettered").first().select("li").eachText().stream().map(ConsistentBoardFactsTest::item).toList();
        List<String> terms = html.select("ol.terms li").eachText().stream().map(ConsistentBoardFactsTest::item).toList();
        return new Facts(quorum(html.select("#board-quorum").text()), makeUp, nominations, appointments, terms);
    }

    private static Facts site(Document html) {
        Element main = html.selectFirst("main");
        String makeUpLine = main.select("p").stream().map(Element::text).filter(t -> t.startsWith("The constitution sets the board's make-up: ")).findFirst().orElse("");
        List<String> makeUp = makeUpLine.isEmpty() ? List.of()
                : List.of(makeUpLine.substring("The constitution sets the board's make-up: ".length()).replaceAll("\\.$", "").split("; "));
        Map<String, String> nominations = new LinkedHashMap<>();
        Map<String, String> appointments = new LinkedHashMap<>();
        for (String li : main.select("li").eachText()) {
            Matcher partner = Pattern.compile("^Partner members from (.+?): (.+)\\.$").matcher(li);
            Matcher appointed = Pattern.compile("^(.+?): appointed by (.+)\\.$").matcher(li);
            if (partner.matches()) {
                nominations.put(partner.group(1).equals("primary medical services") ? "providers of primary medical services" : partner.group(1), partner.group(2));
            } else if (appointed.matches()) {
                appointments.put(appointed.group(1), appointed.group(2));
            }
        }
        List<String> terms = main.select("li").eachText().stream().filter(t -> TERM_LENGTH.matcher(t).find()).map(ConsistentBoardFactsTest::item).toList();
        return new Facts(quorum(main.text()), makeUp, nominations, appointments, terms);
    }

    private static Facts map(Document html) {
        String text = html.select("#board-make-up").text();
        Matcher m = Pattern.compile("Its members are (.+?)\\. A meeting").matcher(text);
        List<String> makeUp = m.find() ? List.of(m.group(1).split("; ")) : List.of();
        return new Facts(quorum(text), makeUp, Map.of(), Map.of(), List.of());
    }

    private Facts word(DefinitionFixture km) throws IOException {
        Outcome outcome = km.validate();
        TemplateEngine templates = TemplateEngine.builtIn();
        RenderContext context = RenderContext.of(outcome.load().definition().orElseThrow(), outcome.report(), DefinitionFixture.AS_OF, templates, km.root());
        byte[] docx = new DocumentFormats(templates, null).docx(new ConstitutionRenderer().render(context), FRAME);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText().replaceAll("\\s+", " ");
            List<String> terms = new ArrayList<>();
            for (String t : List.of("The chair", "Independent non-executive members", "Partner members")) {
                Matcher m = Pattern.compile(t + ": a term of [^;.]+").matcher(all);
                if (m.find()) {
                    terms.add(m.group());
                }
            }
            return new Facts(quorum(all), List.of(), Map.of(), Map.of(), terms);
        }
    }

    // Comparing ---------------------------------------------------------------------------------

    /** What the other output states differently from the constitution; an output that does not print a fact is not compared on it. */
    static List<String> disagreements(Facts constitution, Facts other, String where) {
        List<String> out = new ArrayList<>();
        if (!other.quorum().isEmpty() && !other.quorum().equals(constitution.quorum())) {
            out.add(where + " states the quorum as '" + other.quorum() + "'; the constitution as '" + constitution.quorum() + "'");
        }
        if (!other.makeUp().isEmpty() && !other.makeUp().equals(constitution.makeUp())) {
            out.add(where + " states the make-up as " + other.makeUp() + "; the constitution as " + constitution.makeUp());
        }
        if (!other.nominations().isEmpty() && !other.nominations().equals(constitution.nominations())) {
            out.add(where + " states the partner nominations as " + other.nominations() + "; the constitution as " + constitution.nominations());
        }
        if (!other.appointments().isEmpty() && !other.appointments().equals(constitution.appointments())) {
            out.add(where + " states the appointments as " + other.appointments() + "; the constitution as " + constitution.appointments());
        }
        if (!other.terms().isEmpty() && !other.terms().equals(constitution.terms())) {
            out.add(where + " states the terms as " + other.terms() + "; the constitution as " + constitution.terms());
        }
        return out;
    }

    /** Each role's clause in section 3 names the appointer the table of roles gives. */
    private static List<String> appointmentClausesDisagreeing(Document html) {
        List<String> out = new ArrayList<>();
        for (Element row : html.select("table.composition tbody tr")) {
            String role = row.selectFirst("th").text();
            String appointer = lowerFirst(row.select("td").get(3).text());
            String id = switch (role) {
                case "Chair" -> "appointment-chair";
                case "Chief executive" -> "appointment-chief-executive";
                case "Medical director" -> "appointment-medical-director";
                case "Director of nursing" -> "appointment-director-of-nursing";
                case "Director of finance" -> "appointment-director-of-finance";
                case "Independent non-executive member" -> "appointment-independent-non-executive";
                default -> role.startsWith("Partner member: ") ? null : "";
            };
            String clauses = id == null ? html.select("section[id^=appointment-partner-]").text() : html.select("section#" + id).text();
            if (id != null && id.isEmpty() || !clauses.contains("appointed by " + appointer)) {
                out.add(role + ": the table says '" + appointer + "', section 3 says otherwise");
            }
        }
        return out;
    }

    /** Members whose term on the site's board page is longer than the constitution's term for their role. */
    private static List<String> membersServingLongerThanTheConstitutionAllows(Facts constitution, Document board) {
        Map<String, Integer> years = new LinkedHashMap<>();
        for (String t : constitution.terms()) {
            Matcher m = TERM_LENGTH.matcher(t);
            if (m.find()) {
                years.put(m.group(1), WORDS.indexOf(m.group(2)));
            }
        }
        List<String> out = new ArrayList<>();
        for (Element row : board.select("table tbody tr")) {
            String title = row.select("td").get(0).text();
            String term = row.select("td").get(2).text();
            String holders = title.startsWith("Chair") ? "The chair" : title.startsWith("Partner Member") ? "Partner members"
                    : row.select("td").get(1).text().equals("Independent") ? "Independent non-executive members" : null;
            String[] ends = term.split(" to ");
            if (holders == null || ends.length != 2 || !years.containsKey(holders)) {
                continue;
            }
            LocalDate start = LocalDate.parse(ends[0], DATE);
            LocalDate end = LocalDate.parse(ends[1], DATE);
            if (end.isAfter(start.plusYears(years.get(holders)).minusDays(1))) {
                out.add(title + " serves " + term + "; the constitution sets " + WORDS.get(years.get(holders)) + " years for " + holders.toLowerCase(Locale.UK));
            }
        }
        return out;
    }

    // Helpers -----------------------------------------------------------------------------------

    private DefinitionFixture kentAndMedway() {
        Path target = temp.resolve("km");
        for (int n = 2; Files.exists(target); n++) {
            target = temp.resolve("km-" + n);
        }
        return DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), target);
    }

    private Path generate(DefinitionFixture f, List<Path> templates) {
        Path site = f.root().resolveSibling(f.root().getFileName() + "-out/site");
        ValidateRequest validate = new ValidateRequest(temp, f.root(), site.getParent(), BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH));
        assertThat(new IcsDocs(BuildLog.silent()).generate(new GenerateRequest(validate, templates, site, false, false, false)).generated()).isTrue();
        return site;
    }

    private static String quorum(String text) {
        Matcher m = QUORUM.matcher(text.replaceAll("\\s+", " "));
        return m.find() ? m.group(1) : "";
    }

    /** A list item without its closing punctuation and joining word: "four independent members; and" -> "four independent members". */
    private static String item(String li) {
        return li.replaceAll("(;| and|;\\s*and|\\.)$", "").replaceAll(";$", "").trim();
    }

    /** As the documents lower a label mid-sentence; an initialism ("NHS England") keeps its capitals. */
    private static String lowerFirst(String s) {
        return s.length() < 2 || Character.isUpperCase(s.charAt(1)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
