package org.icsdocs.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.api.GenerateOutcome;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.api.ValidationOutcome;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.RecordingLog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The hostile-input corpus: every case in {@code hostile/cases.txt} breaks the Northshire fixture
 * in one way and states what must come of it: a located finding of a given rule and severity, a
 * clean load, or a generated site in which nothing from the input can run. Whatever the case, the
 * tool returns an outcome (no exception, no stack trace in the log), a definition with errors
 * leaves the previous output alone, and nothing is written outside the output folder.
 */
class HostileInputTest {

    static final BuildDate DATE = BuildDate.resolve("2026-11-01T00:00:00Z", null, Instant.EPOCH);

    @TempDir
    Path temp;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(resource("hostile/cases.txt"), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" \\| ", -1);
            if (parts.length < 3) {
                throw new IllegalStateException("bad case line: " + line);
            }
            out.add(Arguments.of(parts[0].trim(), parts[1].trim(), parts[2].trim(), parts.length > 3 ? parts[3].trim() : ""));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInputGetsALocatedErrorOrIsHandledSafely(String name, String action, String expect, String contains) throws IOException {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp.resolve("def"));
        Path root = fixture.root();
        apply(fixture, action);

        Path outFolder = temp.resolve("out");
        Path site = outFolder.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("previous.txt"), "the previous generation");
        Map<String, String> before = snapshotOutside(outFolder);

        RecordingLog log = new RecordingLog();
        IcsDocs ics = new IcsDocs(log);
        ValidateRequest validate = new ValidateRequest(root, root, outFolder.resolve("reports"), DATE);
        GenerateOutcome[] generated = new GenerateOutcome[1];
        boolean safe = expect.startsWith("safe");
        // Laying out the PDFs is most of a safe case's time; only the cases whose point is the
        // PDF ask for it (safe-pdf). The others are about loading, escaping and the site, the
        // same with or without PDFs. Each Markdown paper case's text is also a seed of
        // MarkdownFuzzTest (hostile-<name>), which makes a PDF of it in every build.
        boolean pdf = expect.startsWith("safe-pdf");
        assertThatCode(() -> {
            ValidationOutcome v = ics.validate(validate);
            assertThat(v).isNotNull();
            if (!expect.equals("loads")) {
                generated[0] = ics.generate(new GenerateRequest(validate, List.of(), site, false, true, pdf));
            }
        }).doesNotThrowAnyException();

        ValidationOutcome outcome = generated[0] != null ? generated[0].validation() : ics.validate(validate);
        assertThat(log.lines()).as("log").noneMatch(l -> l.contains("\tat ") || l.matches("(?s).*\\b\\w+(Exception|Error):.*"));
        assertThat(Files.exists(outFolder.resolve("reports/validation.json"))).isTrue();

        if (expect.equals("loads")) {
            assertThat(outcome.diagnostics()).as("errors").noneMatch(d -> d.severity() == Severity.ERROR);
            assertThat(outcome.definition()).isPresent();
        } else if (safe) {
            assertThat(outcome.diagnostics()).as("errors").noneMatch(d -> d.severity() == Severity.ERROR);
            assertThat(generated[0].generated()).isTrue();
            if (pdf) {
                assertThat(site.resolve("documents")).as("PDFs laid out")
                        .isDirectoryRecursivelyContaining("glob:**.pdf");
            }
            assertRendersSafely(site, expect.substring(pdf ? "safe-pdf".length() : "safe".length()).trim());
        } else {
            assertFinding(outcome, expect, contains);
            assertThat(outcome.failsAt(Severity.ERROR)).as("fails the build").isEqualTo(expect.contains(" ERROR "));
            if (outcome.failsAt(Severity.ERROR)) {
                assertThat(generated[0].generated()).isFalse();
                assertThat(site.resolve("previous.txt")).as("previous output kept").hasContent("the previous generation");
            }
        }
        assertThat(snapshotOutside(outFolder)).as("files outside the output folder").isEqualTo(before);
    }

    // ---- expectations -------------------------------------------------------------------------

    /** {@code RULE SEVERITY file[:line:col | :*]}: a {@code *} asks for any positive line and column. */
    private static void assertFinding(ValidationOutcome outcome, String expect, String contains) {
        String[] e = expect.split(" ");
        String rule = e[0];
        Severity severity = Severity.valueOf(e[1]);
        String[] where = e[2].split(":");
        List<Diagnostic> matching = outcome.diagnostics().stream()
                .filter(d -> (rule.equals("ANY") || d.ruleId().equals(rule)) && d.severity() == severity)
                .filter(d -> where[0].equals("*") || d.location().file().equals(where[0]) || d.location().file().endsWith("/" + where[0]))
                .filter(d -> contains.isEmpty() || (d.message() + " " + d.subject()).contains(contains))
                .toList();
        assertThat(matching).as("a %s %s finding in %s among %s", rule, severity, where[0], outcome.diagnostics()).isNotEmpty();
        if (where.length >= 2) {
            assertThat(matching).anySatisfy(d -> {
                assertThat(d.location().line()).isPositive();
                assertThat(d.location().column()).isPositive();
                if (!where[1].equals("*")) {
                    assertThat(d.location().line()).isEqualTo(Integer.parseInt(where[1]));
                }
                if (where.length == 3 && !where[2].equals("*")) {
                    assertThat(d.location().column()).isEqualTo(Integer.parseInt(where[2]));
                }
                assertThat(d.toCompilerLine()).contains(d.location().file() + ":" + d.location().line() + ":" + d.location().column())
                        .contains(d.ruleId());
            });
        }
        assertThat(matching).allSatisfy(d -> assertThat(d.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat "));
    }

    /** Nothing from the input can run in the site, and the marker text is shown as text. */
    static void assertRendersSafely(Path site, String marker) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(pages).isNotEmpty();
        StringBuilder allText = new StringBuilder();
        for (Path page : pages) {
            String html = Files.readString(page);
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script, iframe, object, embed, base, meta[http-equiv], form, frame, frameset"))
                    .as("active elements in " + page).allSatisfy(el -> assertThat(isTheSitesOwn(el)).as(el.outerHtml()).isTrue());
            for (Element el : doc.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    assertThat(a.getKey().toLowerCase()).as("attribute in " + page).doesNotStartWith("on");
                    String v = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase();
                    assertThat(v).as(a.getKey() + " in " + page).doesNotContain("javascript:").doesNotContain("vbscript:")
                            .doesNotStartWith("data:text/html");
                }
            }
            allText.append(doc.text()).append('\n');
        }
        if (!marker.isEmpty()) {
            String m = new Load(LoadSettings.builder().build()).loadFromString(marker).toString();
            assertThat(allText.toString()).as("marker shown as text").contains(m);
        }
    }

    /**
     * The site's own active elements, from its templates: the NHS.UK "js-enabled" snippet, scripts
     * loaded from its own assets, JSON-LD that is JSON, and forms that search the site. Anything
     * else executable can only have come from the input.
     */
    private static boolean isTheSitesOwn(Element el) {
        if (el.tagName().equals("form")) {
            return el.attr("action").replace("../", "").equals("search.html");
        }
        if (!el.tagName().equals("script")) {
            return false;
        }
        if (el.hasAttr("src")) {
            return el.attr("src").replace("../", "").startsWith("assets/");
        }
        if (el.attr("type").equals("application/ld+json")) {
            try {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(el.data());
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        return el.attributes().size() == 0 && el.data().startsWith("document.body.className += ' js-enabled'");
    }

    // ---- actions ------------------------------------------------------------------------------

    private void apply(DefinitionFixture fixture, String action) throws IOException {
        String[] a = action.split(" ", 3);
        Path root = fixture.root();
        switch (a[0]) {
            case "set" -> fixture.set(a[1], yaml(a[2]));
            case "remove" -> fixture.remove(a[1]);
            case "add" -> fixture.add(a[1], yaml(a[2]));
            case "text" -> write(root.resolve(a[1]), ((String) yaml(a[2])).getBytes(StandardCharsets.UTF_8), false);
            case "append" -> write(root.resolve(a[1]), ((String) yaml(a[2])).getBytes(StandardCharsets.UTF_8), true);
            case "gen-bytes" -> write(root.resolve(a[1]), bytes(a[2]), false);
            case "gen" -> Generated.apply(a[1], fixture, temp);
            default -> throw new IllegalStateException("unknown action " + action);
        }
    }

    /** Text with {@code \\n}, {@code \\r} and {@code \\xNN} escapes, as raw bytes (for encodings YAML strings cannot hold). */
    static byte[] bytes(String escaped) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); i++) {
            char ch = escaped.charAt(i);
            if (ch == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                switch (next) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 'x' -> {
                        out.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    default -> out.write(next);
                }
            } else {
                out.writeBytes(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static Object yaml(String text) {
        return new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    static void write(Path file, byte[] bytes, boolean append) throws IOException {
        Files.createDirectories(file.getParent());
        if (append) {
            Files.write(file, bytes, java.nio.file.StandardOpenOption.APPEND);
        } else {
            Files.write(file, bytes);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(HostileInputTest.class.getClassLoader().getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** Every file under the temp folder but outside the output folder, with its size and time. */
    private Map<String, String> snapshotOutside(Path outFolder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path p : walk.filter(p -> !p.startsWith(outFolder)).toList()) {
                if (Files.isSymbolicLink(p)) {
                    files.put(temp.relativize(p).toString(), "link");
                } else if (Files.isRegularFile(p)) {
                    files.put(temp.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
                } else {
                    files.put(temp.relativize(p) + "/", "dir");
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** Sparse, so a 101 MB file costs no disk. */
    static void sparse(Path file, long size, byte[] head) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(head);
            f.setLength(size);
        }
    }
}
