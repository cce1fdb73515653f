package org.icsdocs.core.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each Markdown text of one build parsed once: validation's checks of a paper (STR-005) and its
 * rendering read the same tree. A profile of an HTML-only build found the parse done twice, once
 * by each. One instance per build, passed to validation and rendering, and dropped with the build;
 * trees are keyed by the SHA-256 of the text, so a file read twice (or two files with the same
 * text) is parsed once. Safe for use by many threads; a tree is read-only once made, and whoever
 * renders one does so holding its lock (flexmark's footnote renderer numbers the footnotes in it).
 */
public final class MarkdownTrees {

    private final Parser parser;
    private final Map<String, Document> trees = new ConcurrentHashMap<>();

    public MarkdownTrees() {
        this.parser = Parser.builder(options()).build();
    }

    /**
     * The options of every parse and of the renderer: the extensions, and the renderer's own settings
     * (they change no tree, but a tree keeps the options it was parsed with and the renderer reads them).
     */
    public static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true); // raw HTML in a paper is shown as text, never run
        options.set(TablesExtension.CLASS_NAME, "table");
        return options;
    }

    /**
     * The tree of a text, parsed on first request. Hostile nesting can make flexmark overflow the
     * stack: the {@link StackOverflowError} reaches the caller and nothing is kept.
     */
    public Document parse(String text) {
        if (text == null) {
            return parser.parse(text); // flexmark reads no text as an empty document; nothing to key or keep
        }
        String key = sha256(text);
        Document tree = trees.get(key);
        if (tree == null) {
            // Two threads asking for the same new text both parse it and one tree is kept: rare, and
            // cheaper than holding a lock while parsing.
            Document made = parser.parse(text);
            tree = trees.putIfAbsent(key, made);
            if (tree == null) {
                tree = made;
            }
        }
        return tree;
    }

    /** The key of a text. (Not the incremental build's Digest: validation sits below it, and this class serves validation.) */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** How many distinct texts have been parsed. */
    public int size() {
        return trees.size();
    }
}
