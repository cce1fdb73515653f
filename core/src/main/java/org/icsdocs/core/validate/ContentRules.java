package org.icsdocs.core.validate;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.fonts.EmbeddedFonts;
import org.icsdocs.core.markdown.MarkdownTrees;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.work.Workers;

/**
 * STR-005: what the tool would drop or change in an author's Markdown or text, reported at the
 * Markdown file's line and column (or the YAML key's) so the author can fix it. The renderer does
 * what this says: a remote image is never fetched, raw HTML is printed as text, a missing image is
 * left out, and a character no embedded font has could only print as a box.
 */
final class ContentRules implements RuleFamily {

    /** Beyond this an image costs more memory to print than a whole pack (8,000 px is A4 at 680 dpi). */
    static final int MAX_IMAGE_SIDE = 8_000;

    private static final Set<String> MARKDOWN = Set.of("md", "markdown");
    private static final Set<String> PRINTABLE_IMAGES = Set.of("png", "jpg", "jpeg", "gif", "svg");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.STR_005);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Path root = in.context().definitionRoot().toAbsolutePath().normalize();
        Set<Path> seen = new HashSet<>();
        List<Paper> papers = new ArrayList<>();
        ModelWalker.walk(in.definition(), (ancestors, owner, span, component, value) -> {
            if (value instanceof FileRef file && MARKDOWN.contains(file.extension()) && seen.add(file.resolved().toAbsolutePath().normalize())) {
                Location named = span.of(component.getName());
                papers.add(new Paper(file, markdownPath(named, file), FileOwner.of(ancestors, owner, component.getName()).subject()));
            } else if (value instanceof String text) {
                characters(text, span.of(component.getName()), StructureRules.subjectOf(owner), out);
            } else if (value instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).forEach(t -> characters((String) t, span.of(component.getName()),
                        StructureRules.subjectOf(owner), out));
            }
        });
        // Parsing the papers is most of a validation's work (a system has hundreds), and each stands alone.
        for (Findings found : Workers.inOrder(papers, paper -> {
            Findings found = new Findings();
            markdown(in.context().markdown(), root, paper.file(), paper.path(), paper.subject(), found);
            return found;
        })) {
            out.addAll(found);
        }
    }

    /** A Markdown file the definition names, with its path as the author knows it and what it belongs to. */
    private record Paper(FileRef file, String path, String subject) {
    }

    /** The Markdown file's path as the author knows it: the YAML file's folder and the path it declares. */
    private static String markdownPath(Location named, FileRef file) {
        String yaml = named.file();
        int slash = yaml.lastIndexOf('/');
        String joined = (slash < 0 ? "" : yaml.substring(0, slash + 1)) + file.declared();
        return Path.of(joined).normalize().toString().replace('\\', '/');
    }

    /** Checks one paper; its tree is parsed through the build's {@link MarkdownTrees}, where rendering finds it. */
    private void markdown(MarkdownTrees trees, Path root, FileRef file, String path, String subject, Findings out) {
        Path source = file.resolved().toAbsolutePath().normalize();
        String text;
        try {
            if (!source.startsWith(root) || !Files.isRegularFile(source)) {
                return; // STR-002 reports it
            }
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return; // STR-002 reports unreadable files
        }
        Lines lines = new Lines(text, path);
        Document doc;
        try {
            doc = trees.parse(text);
        } catch (StackOverflowError e) {
            // Hostile nesting (thousands of '>' or list markers) can outrun even a deep stack; say what
            // could not be checked rather than fail.
            out.report(Rule.STR_005, lines.at(0), subject, "The Markdown is nested too deeply for its images and links to be checked",
                    "Flatten the nesting of quotes and lists.");
            return;
        }
        for (Node node : doc.getDescendants()) {
            boolean closingTag = node instanceof HtmlInlineBase && node.getChars().toString().startsWith("</");
            if (closingTag) {
                continue; // "<b>bold</b>" is one finding, at its opening tag
            }
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                out.report(Rule.STR_005, lines.at(node.getStartOffset()), subject,
                        "Raw HTML '" + shorten(node.getChars().toString().strip()) + "' is printed as text, not as HTML",
                        "Write it in Markdown (tables, lists, emphasis and links all have a Markdown form), or remove it.");
            } else if (node instanceof Image image) {
                target(root, source, image.getUrl().toString(), true, lines.at(node.getStartOffset()), subject, out);
            } else if (node instanceof ImageRef ref && ref.isDefined()) {
                Reference r = ref.getReferenceNode(doc);
                target(root, source, r == null ? "" : r.getUrl().toString(), true, lines.at(node.getStartOffset()), subject, out);
            } else if (node instanceof Link link) {
                target(root, source, link.getUrl().toString(), false, lines.at(node.getStartOffset()), subject, out);
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference r = ref.getReferenceNode(doc);
                target(root, source, r == null ? "" : r.getUrl().toString(), false, lines.at(node.getStartOffset()), subject, out);
            }
        }
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (!EmbeddedFonts.canDraw(cp) && reported.add(cp)) {
                out.report(Rule.STR_005, lines.at(i), subject, undrawable(cp), UNDRAWABLE_HINT);
            }
        }
    }

    private static void target(Path root, Path markdown, String url, boolean image, Location at, String subject, Findings out) {
        String what = image ? "image" : "link";
        if (url.isBlank() || url.startsWith("#") || url.startsWith("mailto:")) {
            return;
        }
        if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            if (image) {
                out.report(Rule.STR_005, at, subject, "The image '" + shorten(url) + "' is on another site; it is never fetched and is left out of the pack and the page",
                        "Save the image in the definition folder beside the paper and name it by its relative path.");
            }
            return;
        }
        String path = url.replaceAll("[?#].*$", "");
        Path target;
        try {
            target = markdown.getParent().resolve(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        } catch (RuntimeException e) {
            out.report(Rule.STR_005, at, subject, "The " + what + " '" + shorten(url) + "' is not a file path", "Correct the path.");
            return;
        }
        if (!target.startsWith(root)) {
            out.report(Rule.STR_005, at, subject, "The " + what + " '" + shorten(url) + "' points outside the definition folder and is left out",
                    "Copy the file into the definition folder and name it by a path inside it.");
        } else if (!Files.isRegularFile(target)) {
            out.report(Rule.STR_005, at, subject, "The " + what + " '" + shorten(url) + "' names a file that does not exist" + (image ? " and is left out" : ""),
                    "Check the file name and its folder; paths are relative to the Markdown file.");
        } else if (image) {
            imageSize(target, url, at, subject, out);
        }
    }

    private static void imageSize(Path image, String url, Location at, String subject, Findings out) {
        String name = image.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!PRINTABLE_IMAGES.contains(extension)) {
            out.report(Rule.STR_005, at, subject, "The image '" + shorten(url) + "' is not a PNG, JPEG, GIF or SVG file and is left out",
                    "Save it as PNG or JPEG.");
            return;
        }
        if (extension.equals("svg")) {
            return;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
                    out.report(Rule.STR_005, at, subject, "The image '" + shorten(url) + "' is " + width + " × " + height
                                    + " pixels, too large to print (the limit is " + MAX_IMAGE_SIDE + " pixels a side)",
                            "Export it smaller: 2,500 pixels across is enough for a full A4 width at 300 dpi.");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            out.report(Rule.STR_005, at, subject, "The image '" + shorten(url) + "' cannot be read as an image", "Export the image again.");
        }
    }

    /** The scripts the embedded faces draw: Chinese, Japanese and Korean only where this build has the CJK face. */
    private static final String UNDRAWABLE_HINT = "The PDFs embed fonts for Latin, Greek, Cyrillic, Arabic, Devanagari, Bengali, Gurmukhi"
            + (EmbeddedFonts.drawsCjk() ? ", Chinese, Japanese and Korean" : " (this build has no font for Chinese, Japanese or Korean)")
            + "; replace the character, or add a font that has it to the project's templates.";

    /** The PDF renderer draws '#' for a character no embedded face has (MultilingualPaperTest and ContentRulesTest show it). */
    private static String undrawable(int cp) {
        String name = Character.getName(cp);
        return "The character '" + new String(Character.toChars(cp)) + "' (U+" + String.format(Locale.ROOT, "%04X", cp)
                + (name == null ? "" : " " + name) + ") is in no embedded font: the PDFs would print '#' in its place";
    }

    private static void characters(String text, Location at, String subject, Findings out) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (!EmbeddedFonts.canDraw(cp)) {
                out.report(Rule.STR_005, at, subject, undrawable(cp), UNDRAWABLE_HINT);
                return;
            }
        }
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 59) + "…";
    }

    /** Offsets in a file to 1-based line and column (columns count characters, as editors do). */
    private static final class Lines {
        private final String text;
        private final String path;

        Lines(String text, String path) {
            this.text = text;
            this.path = path;
        }

        Location at(int offset) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Location(path, line, text.codePointCount(lineStart, Math.min(offset, text.length())) + 1);
        }
    }
}
