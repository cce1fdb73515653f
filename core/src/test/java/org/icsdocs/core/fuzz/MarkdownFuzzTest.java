package org.icsdocs.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.icsdocs.core.build.RenderThreads;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.Markdown;
import org.icsdocs.core.render.Numbering;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;

/**
 * Coverage-guided fuzzing of the paper path: any text as Markdown becomes HTML with nothing
 * executable in it, and that HTML becomes a PDF without an exception. Its seeds include the
 * hostile-input corpus's Markdown papers ({@code hostile-<case>}), so every build lays each out.
 */
class MarkdownFuzzTest {

    // Shared by every input: JUnit makes an instance per seed, and loading the PDF engine's fonts
    // would otherwise be most of each one's time.
    private static final Markdown MARKDOWN = new Markdown();
    private static final TemplateEngine TEMPLATES = TemplateEngine.builtIn();
    private static final DocumentFormats FORMATS = new DocumentFormats(TEMPLATES, DocumentFormats.pdfEngine(TEMPLATES));

    /** On a thread like those generation renders on: the Markdown parser's recursion is bounded, but deep. */
    @FuzzTest(maxDuration = "60s")
    void anyMarkdownBecomesSafeHtmlAndAPdf(String text) throws Throwable {
        Throwable[] failure = new Throwable[1];
        Thread render = new Thread(null, () -> {
            try {
                renderSafely(text);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "fuzzed-render", RenderThreads.STACK_BYTES);
        render.start();
        render.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private void renderSafely(String text) {
        String html = MARKDOWN.toHtml(text, 1);
        // Text may mention "javascript:" or "<script>" (escaped); what must never appear is markup that runs.
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, iframe, object, embed, style, form, base, meta")).isEmpty();
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
                assertThat(a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "")).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
            }
        }
        Numbering.Result body = new Numbering().apply("<section class=\"numbered\" id=\"paper\"><h2>Paper</h2>" + html + "</section>");
        byte[] pdf = FORMATS.pdf(new RenderedDocument("paper", "Paper", "Fuzzed", body.html(), body.contents(), List.of()),
                new DocumentFrame("Fuzz ICB", "en-GB", null, Instant.EPOCH, null));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
