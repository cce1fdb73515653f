package org.icsdocs.core.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Registers the embedded faces with one document's renderer, each loaded only if the document
 * uses it.
 *
 * <p>Glyph substitution (OpenType GSUB) is kept only where a script needs it to be legible
 * (Devanagari, Bengali: conjuncts and reordered vowel signs). For a Latin face PDFBox would only
 * form ligatures, and it does so by compiling regular expressions for every run of text it draws:
 * a profile of the board packs found two thirds of the PDF time there. The layout engine measures
 * text without ligatures anyway, so without them the printed line is the measured line, and
 * copied text reads "fi", not a ligature.
 */
final class DocumentFonts {

    /** A face, parsed once to learn whether its substitutions are worth their cost. */
    record Loadable(PdfEngine.Face face, boolean substitutions) {

        static Loadable of(PdfEngine.Face face) {
            try (TrueTypeFont font = parse(face.bytes())) {
                GsubData gsub = font.getGsubData();
                return new Loadable(face, gsub != GsubData.NO_DATA_FOUND && gsub.getLanguage() != Language.LATIN);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font of " + face.family(), e);
            }
        }
    }

    private DocumentFonts() {
    }

    /**
     * @param drawsSvg whether the document has SVG (a diagram, an SVG image): the SVG renderer reads and
     *                 fingerprints every face it is given, whole, for every document, so it is given them only then
     */
    static void register(PdfRendererBuilder builder, PDDocument doc, List<Loadable> faces, boolean drawsSvg) {
        for (Loadable f : faces) {
            FontStyle style = f.face().italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
            builder.useFont(new LoadedOnUse(doc, f), f.face().family(), f.face().weight(), style, true);
            if (drawsSvg) {
                // diagram labels (SVG) are drawn by the SVG renderer, which reads the face itself
                builder.useFont(() -> new ByteArrayInputStream(f.face().bytes()), f.face().family(), f.face().weight(), style, true,
                        EnumSet.of(FSFontUseCase.SVG));
            }
        }
    }

    /** Whether a document may draw SVG: inline, or an image in SVG (by file or data address). */
    static boolean drawsSvg(String html) {
        return html.contains("<svg") || html.contains("image/svg+xml") || html.contains(".svg");
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /** The face as a font of one document, parsed the first time the layout asks for it. */
    private static final class LoadedOnUse extends PDFontSupplier {

        private final PDDocument doc;
        private final Loadable face;
        private PDFont font;

        LoadedOnUse(PDDocument doc, Loadable face) {
            super(null);
            this.doc = doc;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont parsed = parse(face.face().bytes());
                    parsed.setEnableGsub(face.substitutions());
                    font = PDType0Font.load(doc, parsed, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load the font of " + face.face().family(), e);
                }
            }
            return font;
        }
    }
}
