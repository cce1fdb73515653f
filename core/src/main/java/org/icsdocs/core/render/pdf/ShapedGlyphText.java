package org.icsdocs.core.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text of shaped glyphs read back as the letters typed, through each font's ToUnicode
 * map. Two kinds of glyph need it:
 * <ul>
 * <li>joined Arabic letters, drawn as presentation forms ({@link IcuBidi}): mapped to their base
 * letters (Unicode compatibility decomposition), since extractors such as pdftotext return the
 * forms as they are;</li>
 * <li>glyphs PDFBox substitutes while drawing (OpenType GSUB: Devanagari and Bengali conjuncts,
 * reph and half forms), for which PDFBox writes no ToUnicode entry at all, so that a PDF with a
 * Hindi or Bengali name fails PDF/UA-1 7.21.7 and PDF/A-3 6.2.11.7.2 and extraction loses letters:
 * mapped to the letters of the glyphs they replaced, found through the font's own substitution
 * tables. A pre-base vowel sign is drawn before its consonant, so it reads before it too.</li>
 * </ul>
 */
final class ShapedGlyphText {

    private ShapedGlyphText() {
    }

    /** Whether the text has letters that are drawn shaped: Arabic (presentation forms), Devanagari, Bengali, Gujarati (fontbox's GSUB workers). */
    static boolean mayBeShaped(String html) {
        return html.codePoints().anyMatch(cp -> cp >= 0x0600 && cp <= 0x06FF || cp >= 0x0900 && cp <= 0x09FF || cp >= 0x0A80 && cp <= 0x0AFF);
    }

    private static boolean presentationForm(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF);
    }

    /** The saved PDF with a ToUnicode entry for every substituted glyph, or the bytes unchanged when none lacks one. */
    static byte[] mapToText(byte[] pdf, List<PdfEngine.Face> faces) throws IOException {
        boolean changed = false;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<COSStream, Boolean> done = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                        COSStream toUnicode = type0.getCOSObject().getCOSStream(COSName.TO_UNICODE);
                        if (toUnicode != null && done.putIfAbsent(toUnicode, Boolean.TRUE) == null) {
                            changed |= complete(type0, cid, toUnicode, faces);
                        }
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static boolean complete(PDType0Font font, PDCIDFontType2 cid, COSStream toUnicode, List<PdfEngine.Face> faces) throws IOException {
        List<Integer> present = presentCids(cid);
        Map<Integer, String> text = new TreeMap<>();
        List<Integer> missing = new ArrayList<>();
        boolean changed = false;
        for (int code : present) {
            String known = font.toUnicode(code);
            if (known == null) {
                missing.add(code);
            } else if (presentationForm(known)) {
                text.put(code, java.text.Normalizer.normalize(known, java.text.Normalizer.Form.NFKC));
                changed = true;
            } else {
                text.put(code, known);
            }
        }
        PdfEngine.Face face = missing.isEmpty() ? null : faceNamed(font.getName(), faces);
        if (face == null) {
            if (changed) {
                write(toUnicode, text);
            }
            return changed;
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
            Replaced replaced = new Replaced(ttf);
            boolean added = changed;
            for (int code : missing) {
                // the subset keeps each glyph's original id as its CID (PDFBox writes a CIDToGIDMap for it)
                String letters = replaced.text(code, 0);
                if (letters != null && !letters.isEmpty()) {
                    text.put(code, letters);
                    added = true;
                }
            }
            if (added) {
                write(toUnicode, text);
            }
            return added;
        }
    }

    private static void write(COSStream toUnicode, Map<Integer, String> text) throws IOException {
        try (var out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(text).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The CIDs the subset holds: those its CIDToGIDMap sends to a glyph. */
    private static List<Integer> presentCids(PDCIDFontType2 cid) throws IOException {
        List<Integer> present = new ArrayList<>();
        COSStream map = cid.getCOSObject().getCOSStream(COSName.CID_TO_GID_MAP);
        if (map != null) {
            try (InputStream in = map.createInputStream()) {
                byte[] bytes = in.readAllBytes();
                for (int c = 0; c + 1 < bytes.length; c += 2) {
                    if (((bytes[c] & 0xff) << 8 | (bytes[c + 1] & 0xff)) != 0) {
                        present.add(c / 2);
                    }
                }
            }
        }
        return present;
    }

    private static PdfEngine.Face faceNamed(String baseFont, List<PdfEngine.Face> faces) throws IOException {
        String name = baseFont.contains("+") ? baseFont.substring(baseFont.indexOf('+') + 1) : baseFont;
        for (PdfEngine.Face face : faces) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
                if (name.equals(ttf.getName())) {
                    return face;
                }
            }
        }
        return null;
    }

    /** Which glyphs each substituted glyph replaced, read from the font's GSUB features for its script. */
    private static final class Replaced {
        private final CmapLookup cmap;
        private final Map<Integer, List<Integer>> from = new HashMap<>();

        Replaced(TrueTypeFont ttf) throws IOException {
            cmap = ttf.getUnicodeCmapLookup(false);
            GsubData gsub = ttf.getGsubData();
            if (gsub == GsubData.NO_DATA_FOUND) {
                return;
            }
            for (String name : gsub.getSupportedFeatures()) {
                ScriptFeature feature = gsub.getFeature(name);
                for (List<Integer> glyphs : feature.getAllGlyphIdsForSubstitution()) {
                    from.putIfAbsent(feature.getReplacementForGlyphs(glyphs), glyphs);
                }
            }
        }

        /** The letters a glyph stands for, through as many substitutions as made it. */
        String text(int glyph, int depth) {
            List<Integer> codes = cmap.getCharCodes(glyph);
            if (codes != null && !codes.isEmpty()) {
                return new String(Character.toChars(codes.get(0)));
            }
            List<Integer> parts = from.get(glyph);
            if (parts == null || depth > 8) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (int part : parts) {
                String t = text(part, depth + 1);
                if (t == null) {
                    return null;
                }
                out.append(t);
            }
            return out.toString();
        }
    }

    /** A ToUnicode CMap (PDF 32000-1, 9.10.3) of two-byte codes. */
    private static String cmap(Map<Integer, String> text) {
        StringBuilder s = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(text.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(i, Math.min(i + 100, entries.size()));
            s.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                s.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    s.append(String.format("%04X", (int) c));
                }
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        return s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
