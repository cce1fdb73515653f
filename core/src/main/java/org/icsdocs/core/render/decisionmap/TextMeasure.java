package org.icsdocs.core.render.decisionmap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Widths of text in the diagram's font, so labels can be wrapped to fit their boxes before
 * the layout engine sizes the boxes. The widths come from the Liberation Sans files shipped with
 * the templates (the font the PDF embeds; metric-compatible with Arial, the screen fallback).
 * Without a font file the estimate is the usual 0.55 em per character.
 */
final class TextMeasure {

    private static final double FALLBACK_EM = 0.55;
    private static final int TABLE_SIZE = 0x300; // Latin letters, punctuation and the pound sign

    private final double[] regular;
    private final double[] bold;

    private TextMeasure(double[] regular, double[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Reads advance widths from the given font files; either may be absent. */
    static TextMeasure of(Optional<byte[]> regularFont, Optional<byte[]> boldFont) {
        return new TextMeasure(widths(regularFont), widths(boldFont));
    }

    static TextMeasure estimate() {
        return new TextMeasure(null, null);
    }

    /** Width of {@code text} set at {@code size} units, in the same units. */
    double width(String text, double size, boolean isBold) {
        double[] table = isBold ? bold : regular;
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            em += table != null && cp < TABLE_SIZE && table[cp] > 0 ? table[cp] : FALLBACK_EM;
        }
        return em * size;
    }

    /**
     * Greedy word wrap to {@code maxWidth}. A single word longer than the line stays whole on its
     * own line (the box grows rather than splitting a name mid-word).
     */
    List<String> wrap(String text, double size, boolean isBold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, size, isBold) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static double[] widths(Optional<byte[]> font) {
        if (font.isEmpty()) {
            return null;
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.get()))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            double unitsPerEm = ttf.getUnitsPerEm();
            double[] table = new double[TABLE_SIZE];
            for (int cp = 0x20; cp < TABLE_SIZE; cp++) {
                int gid = cmap.getGlyphId(cp);
                table[cp] = gid == 0 ? 0 : ttf.getAdvanceWidth(gid) / unitsPerEm;
            }
            return table;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable override font: fall back to the estimate rather than fail the document
        }
    }
}
