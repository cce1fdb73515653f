package org.icsdocs.core.render.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;

/**
 * Right-to-left text (Arabic names, say) laid out in visual order with the JDK's Unicode
 * bidirectional algorithm, so a PDF reader or pdftotext reads it back in its logical order.
 * openhtmltopdf publishes its ICU-based bidi module only up to 1.1.31; this does the same with
 * java.text.Bidi. Letters are not joined (no Arabic shaping), which ICU4J's shaper would add.
 */
final class JdkBidi implements BidiSplitterFactory, BidiReorderer {

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = text.length(); i > 0; ) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            out.appendCodePoint(mirror(cp));
        }
        return out.toString();
    }

    @Override
    public String shapeText(String text) {
        return text;
    }

    @Override
    public String deshapeText(String text) {
        return text;
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** Brackets face the other way in right-to-left text (Unicode bidi mirroring, the common pairs). */
    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> cp;
        };
    }

    private static final class Splitter implements BidiSplitter {
        private BidiTextRun[] visual = new BidiTextRun[0];

        @Override
        public void setParagraph(String text, byte direction) {
            if (text.isEmpty()) {
                visual = new BidiTextRun[0];
                return;
            }
            int flags = direction == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                    : direction == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            Bidi bidi = new Bidi(text, flags);
            int count = bidi.getRunCount();
            byte[] levels = new byte[count];
            BidiTextRun[] runs = new BidiTextRun[count];
            for (int i = 0; i < count; i++) {
                levels[i] = (byte) bidi.getRunLevel(i);
                int start = bidi.getRunStart(i);
                runs[i] = new BidiTextRun(start, bidi.getRunLimit(i) - start, (levels[i] & 1) == 1 ? RTL : LTR);
            }
            if (count > 1) {
                Bidi.reorderVisually(levels, 0, runs, 0, count);
            }
            visual = runs;
        }

        @Override
        public int countTextRuns() {
            return visual.length;
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            return visual[index];
        }

        @Override
        public byte getBaseDirection(String text) {
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                byte d = Character.getDirectionality(text.codePointAt(i));
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return LTR;
                }
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return RTL;
                }
            }
            return NEUTRAL;
        }
    }
}
