package org.icsdocs.core.render.boardpack;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.boardpack.PackView.Paper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the papers of one meeting into what the pack prints and the website shows. Many papers
 * share one pack, so each paper's ids (footnotes) get a prefix; images named by a paper are
 * embedded in the PDF and published beside the web fragments; files the website links to are
 * collected in {@link #published()}.
 */
final class Papers {

    /** Papers sit two levels under the pack's headings: h2 is the item, so a paper's "#" becomes h3. */
    static final int HEADING_SHIFT = 2;

    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml");

    private final RenderContext context;
    private final String publishedFolder;
    private final SortedMap<String, byte[]> published = new TreeMap<>();

    /** @param publishedFolder where the meeting's files go, relative to the site folder, e.g. {@code documents/meetings/board-2026-09} */
    Papers(RenderContext context, String publishedFolder) {
        this.context = context;
        this.publishedFolder = publishedFolder;
    }

    /** A Markdown paper: headings pushed under the item's, ids prefixed, images embedded (print) or published (web). */
    Paper markdown(FileRef file, String idPrefix, String filePrefix) {
        Document print = Jsoup.parseBodyFragment(context.markdownFile(file, HEADING_SHIFT));
        print.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        prefixIds(print, idPrefix);
        for (Element th : print.select("thead th:not([scope])")) {
            th.attr("scope", "col");
        }
        Document web = print.clone();
        images(print, web, file, filePrefix);
        // The back-reference arrow is a screen affordance (and a glyph the PDF's font lacks).
        print.select("a.footnote-backref").remove();
        return new Paper(print.body().html(), web.body().html(), null, null, List.of());
    }

    /** An attached PDF: published for the website as it is, and drawn onto reserved pages of the pack. */
    Paper pdf(FileRef file, int pages, String placeholderPrefix, String filePrefix) {
        String name = publish(filePrefix, file.resolved());
        List<String> placeholders = new java.util.ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            placeholders.add(placeholderPrefix + "-p" + page);
        }
        return new Paper(null, null, file.resolved().getFileName().toString(), publishedFolder + "/" + name, placeholders);
    }

    /** Files to publish beside the fragments: name (within the meeting's folder) to bytes. */
    SortedMap<String, byte[]> published() {
        return published;
    }

    private static void prefixIds(Document doc, String prefix) {
        for (Element e : doc.select("[id]")) {
            e.attr("id", prefix + e.id());
        }
        for (Element a : doc.select("a[href^=#]")) {
            a.attr("href", "#" + prefix + a.attr("href").substring(1));
        }
    }

    /** Images are matched by position: both documents are clones, so the n-th image is the same one. */
    private void images(Document print, Document web, FileRef paper, String filePrefix) {
        List<Element> printed = print.select("img[src]");
        List<Element> shown = web.select("img[src]");
        for (int i = 0; i < printed.size(); i++) {
            String src = printed.get(i).attr("src");
            Path image = local(paper, src);
            if (image == null) {
                String missing = "[image not included: " + (printed.get(i).attr("alt").isBlank() ? src : printed.get(i).attr("alt")) + "]";
                printed.get(i).replaceWith(new Element("span").addClass("missing-image").text(missing));
                shown.get(i).replaceWith(new Element("span").addClass("missing-image").text(missing));
                continue;
            }
            byte[] bytes = context.read(image);
            printed.get(i).attr("src", "data:" + IMAGE_TYPES.get(extension(image)) + ";base64," + Base64.getEncoder().encodeToString(bytes));
            shown.get(i).attr("src", publishedFolder + "/" + publish(filePrefix, image));
        }
    }

    /** The file a relative image source names, if it is an image inside the definition folder. */
    private Path local(FileRef paper, String src) {
        if (src.isBlank() || src.contains(":") || src.startsWith("/") || src.startsWith("#")) {
            return null;
        }
        Path image = paper.resolved().getParent().resolve(src).normalize();
        boolean inside = image.startsWith(context.definitionRoot());
        return inside && IMAGE_TYPES.containsKey(extension(image)) && context.exists(image) ? image : null;
    }

    private String publish(String filePrefix, Path file) {
        String name = file.getFileName().toString();
        if (published.containsKey(name)) {
            name = filePrefix + "-" + name; // two papers with one file name, from different folders
        }
        published.put(name, context.read(file));
        return name;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
