package org.icsdocs.core.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text laid out as a reader expects it: ICU4J splits paragraphs into directional
 * runs and orders them visually (the Unicode bidirectional algorithm, UAX #9), and joins Arabic
 * letters by replacing each with its initial, medial, final or isolated presentation form
 * (Unicode's Arabic Presentation Forms-B, which the embedded Noto Sans Arabic draws), so a name
 * prints joined as it is written. Text extractors fold those forms back to the base letters
 * (they are compatibility characters of them), so pdftotext still returns the name as typed.
 * openhtmltopdf's own module doing this with ICU4J is not published for 1.1.65; this is the same
 * use of ICU4J's Bidi and ArabicShaping.
 */
final class IcuBidi implements BidiSplitterFactory, BidiReorderer {

    /** Shapes logical-order text; lam-alef pairs become one ligature, so the length may shrink. */
    private static final int SHAPE = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK;
    private static final int UNSHAPE = ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK;

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
        return transform(text, SHAPE);
    }

    /** Used by the engine when a face lacks a presentation form: back to the base letters it may have. */
    @Override
    public String deshapeText(String text) {
        return transform(text, UNSHAPE);
    }

    private static String transform(String text, int options) {
        try {
            // a new shaper each time: ArabicShaping keeps state while it works and renders run in parallel
            return new ArabicShaping(options).shape(text);
        } catch (ArabicShapingException e) {
            return text; // drawn unjoined, still in the right order and still readable
        }
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static final class Splitter implements BidiSplitter {
        private final Bidi bidi = new Bidi();

        @Override
        public void setParagraph(String text, byte direction) {
            byte level = direction == RTL ? Bidi.RTL : direction == LTR ? Bidi.LTR : Bidi.LEVEL_DEFAULT_LTR;
            bidi.setPara(text, level, null);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String text) {
            byte d = Bidi.getBaseDirection(text);
            return d == Bidi.RTL ? RTL : d == Bidi.LTR ? LTR : NEUTRAL;
        }
    }
}
