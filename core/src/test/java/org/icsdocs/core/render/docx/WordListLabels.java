package org.icsdocs.core.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * The list numbers Word shows before each paragraph, worked out as Word does from numbering.xml:
 * a paragraph's own numbering or its style's, counters per level that restart below a higher
 * level, and the level's text ("%1.%2") filled in. A test reads numbers from here, not from
 * typed text, so it fails if the list and the HTML disagree.
 */
final class WordListLabels {

    private WordListLabels() {
    }

    /** Each paragraph's list label, "" where it is in no list. */
    static List<String> of(XWPFDocument doc) {
        int[] counters = new int[9];
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            CTNumPr numPr = numPr(doc, p);
            if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal().signum() == 0) {
                out.add("");
                continue;
            }
            int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
            counters[level]++;
            for (int k = level + 1; k < counters.length; k++) {
                counters[k] = 0;
            }
            BigInteger abstractId = doc.getNumbering().getAbstractNumID(numPr.getNumId().getVal());
            String text = doc.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(level).getLvlText().getVal();
            for (int k = 0; k <= level; k++) {
                text = text.replace("%" + (k + 1), Integer.toString(counters[k]));
            }
            out.add(text);
        }
        return out;
    }

    private static CTNumPr numPr(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetNumPr()) {
            return p.getCTP().getPPr().getNumPr();
        }
        if (p.getStyle() == null || doc.getStyles().getStyle(p.getStyle()) == null) {
            return null;
        }
        var ppr = doc.getStyles().getStyle(p.getStyle()).getCTStyle().getPPr();
        return ppr != null && ppr.isSetNumPr() ? ppr.getNumPr() : null;
    }
}
