package org.icsdocs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The same Markdown papers as a Hugo site with a template as simple as can be (a page shell with a
 * header, breadcrumb, content and footer; a list page per section), so that Hugo's pages per second
 * can be set beside ics-docs'. Every paper ics-docs publishes as a page (those of meetings held in
 * public) becomes one Hugo page, under {@code content/<system>/<meeting folder>/}.
 *
 * <pre>java -cp … org.icsdocs.bench.HugoSite --systems DIR --out DIR</pre>
 */
public final class HugoSite {

    private static final String CONFIG = """
            baseURL = "https://example.org/"
            languageCode = "en-gb"
            title = "Papers"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            [markup.goldmark.renderer]
              unsafe = false
            """;

    private static final String SINGLE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title><link rel="stylesheet" href="/site.css"></head>
            <body>
            <header><a href="/">Papers</a></header>
            <nav aria-label="Breadcrumb">{{ with .Parent }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            <main id="maincontent"><h1>{{ .Title }}</h1>{{ .Content }}</main>
            <footer>Illustrative benchmark content</footer>
            </body>
            </html>
            """;

    private static final String LIST = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body>
            </html>
            """;

    private HugoSite() {
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args);
        Path systems = a.path("--systems");
        Path site = a.path("--out");
        write(site.resolve("hugo.toml"), CONFIG);
        write(site.resolve("layouts/_default/single.html"), SINGLE);
        write(site.resolve("layouts/_default/list.html"), LIST);
        int papers = 0;
        for (Path project : NationalBuild.projects(systems)) {
            Path definition = project.resolve("src/main/ics");
            for (Path paper : papers(definition)) {
                String text = Files.readString(paper, StandardCharsets.UTF_8);
                Path relative = definition.relativize(paper);
                Path target = site.resolve("content").resolve(project.getFileName().toString()).resolve(relative.toString());
                write(target, "---\ntitle: \"" + title(text, paper).replace("\"", "'") + "\"\n---\n" + text);
                papers++;
            }
        }
        System.out.println("RESULT hugoPapers=" + papers);
    }

    private static List<Path> papers(Path definition) throws IOException {
        try (Stream<Path> walk = Files.walk(definition)) {
            // the board's papers: its meetings are held in public, so these are the papers ics-docs publishes as pages
            // (the workload's committees meet in private, and their papers go only into the members' packs)
            return walk.filter(p -> p.toString().endsWith(".md") && definition.relativize(p).startsWith("meetings")
                    && p.getParent().getFileName().toString().equals("papers")).sorted().toList();
        }
    }

    private static String title(String markdown, Path file) {
        return markdown.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).trim()).findFirst()
                .orElse(file.getFileName().toString());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
