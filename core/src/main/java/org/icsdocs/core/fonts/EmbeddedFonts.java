package org.icsdocs.core.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one list of faces the PDFs embed (files under the templates' {@code fonts/}), and which
 * characters they can draw between them. Liberation Sans and Mono draw Latin, Greek and Cyrillic;
 * the fallback faces, named after them in document.css, draw the other scripts of names a UK
 * public body meets: Arabic, Devanagari, Bengali, Gurmukhi (Noto Sans) and Chinese, Japanese and
 * Korean (Droid Sans Fallback).
 */
public final class EmbeddedFonts {

    /** A face: its file under the templates, the CSS family documents name it by, weight and style. */
    public record Face(String file, String family, int weight, boolean italic) {
    }

    /** The family of the Chinese, Japanese and Korean face, the one face a build may lack (see {@link #available()}). */
    public static final String CJK_FAMILY = "Droid Sans Fallback";

    public static final List<Face> FACES = List.of(
            new Face("fonts/LiberationSans-Regular.ttf", "Liberation Sans", 400, false),
            new Face("fonts/LiberationSans-Bold.ttf", "Liberation Sans", 700, false),
            new Face("fonts/LiberationSans-Italic.ttf", "Liberation Sans", 400, true),
            new Face("fonts/LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, true),
            new Face("fonts/LiberationMono-Regular.ttf", "Liberation Mono", 400, false),
            new Face("fonts/LiberationMono-Bold.ttf", "Liberation Mono", 700, false),
            new Face("fonts/LiberationMono-Italic.ttf", "Liberation Mono", 400, true),
            new Face("fonts/LiberationMono-BoldItalic.ttf", "Liberation Mono", 700, true),
            new Face("fonts/NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400, false),
            new Face("fonts/NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", 400, false),
            new Face("fonts/NotoSansBengali-Regular.ttf", "Noto Sans Bengali", 400, false),
            new Face("fonts/NotoSansGurmukhi-Regular.ttf", "Noto Sans Gurmukhi", 400, false),
            new Face("fonts/DroidSansFallbackFull.ttf", CJK_FAMILY, 400, false));

    private static final String BUILT_IN = "/org/icsdocs/templates/";

    /**
     * The faces this build of ics-templates holds: the CJK fallback is copied from a Debian package
     * when it is installed, so a build without it draws no Chinese, Japanese or Korean, and STR-005
     * reports each such character where it is written.
     */
    public static List<Face> available() {
        return FACES.stream().filter(f -> EmbeddedFonts.class.getResource(BUILT_IN + f.file()) != null).toList();
    }

    private EmbeddedFonts() {
    }

    /** The families after Liberation, in the order a character missing from Liberation is looked for in them. */
    public static final String FALLBACK_FAMILIES = "\"Noto Sans Arabic\", \"Noto Sans Devanagari\", \"Noto Sans Bengali\", "
            + "\"Noto Sans Gurmukhi\", \"Droid Sans Fallback\"";

    /** Whether this build embeds a face for Chinese, Japanese and Korean. */
    public static boolean drawsCjk() {
        return available().stream().anyMatch(f -> f.family().equals(CJK_FAMILY));
    }

    /** Whether Liberation Sans itself draws this character (Latin, Greek, Cyrillic and common symbols). */
    public static boolean primaryDraws(int codePoint) {
        return codePoint < 0x80 || Character.isWhitespace(codePoint) || Coverage.PRIMARY.get(codePoint);
    }

    /** Whether some embedded face draws this character; white space and controls need no glyph. */
    public static boolean canDraw(int codePoint) {
        return codePoint < 0x80 || Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT
                || Character.isISOControl(codePoint) || Coverage.ALL.get(codePoint);
    }

    /** Read once, on first use: the cmaps of the built-in faces, as one set of code points. */
    private static final class Coverage {
        static final BitSet ALL = read(available());
        static final BitSet PRIMARY = read(List.of(FACES.get(0)));

        private static BitSet read(List<Face> faces) {
            BitSet all = new BitSet();
            for (Face face : faces) {
                try (InputStream in = EmbeddedFonts.class.getResourceAsStream(BUILT_IN + face.file())) {
                    if (in == null) {
                        throw new IllegalStateException(face.file() + " is missing from ics-templates");
                    }
                    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                        CmapLookup cmap = font.getUnicodeCmapLookup(false);
                        for (int cp = 0x80; cp < 0x30000; cp++) { // the Basic Multilingual Plane and the CJK extensions after it
                            if (!all.get(cp) && cmap.getGlyphId(cp) != 0) {
                                all.set(cp);
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return all;
        }
    }
}
