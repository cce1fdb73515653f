package org.icsdocs.core.render.docx;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The constitution's section and clause numbers as one Word multilevel list (numbering.xml), so
 * Word renumbers when a reviewer inserts a clause: level 1 is "1", level 2 "1.1", level 3
 * "1.1.1" and so on, the heading styles are linked to their levels, and a clause takes the level
 * one below its section's heading.
 *
 * <p>Word counts every paragraph of a level together, where the HTML numbers a section's clauses
 * and its subsections separately, and appendices are lettered. So each paragraph is numbered by
 * the list only when Word's count gives the number the HTML shows; any other keeps its number as
 * typed text (and a heading is taken out of the list), so Word, the PDF and the HTML always agree.
 */
final class ClauseNumbering {

    static final int LEVELS = 9;

    private final BigInteger numId;
    private final int[] counters = new int[LEVELS];

    private ClauseNumbering(BigInteger numId) {
        this.numId = numId;
    }

    /** Adds the list to the document; {@link DocxStyles#install} links Heading1…Heading5 to its first five levels. */
    static ClauseNumbering install(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal(IntStream.rangeClosed(1, level + 1).mapToObj(i -> "%" + i).collect(Collectors.joining(".")));
            if (level < DocxStyles.HEADING_LEVELS) {
                lvl.addNewPStyle().setVal(DocxStyles.heading(level + 1));
            }
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return new ClauseNumbering(numbering.addNum(abstractId));
    }

    BigInteger numId() {
        return numId;
    }

    /**
     * Puts the paragraph in the list if Word's count at its level gives {@code label} (such as
     * "3.2.1"); returns whether it did. Otherwise the count is left as it was and a heading is taken
     * out of the list its style links it to.
     */
    boolean number(XWPFParagraph p, String label, boolean heading) {
        Optional<Integer> level = levelOf(label);
        if (level.isPresent()) {
            int l = level.get();
            int[] before = counters.clone();
            counters[l]++;
            Arrays.fill(counters, l + 1, LEVELS, 0);
            if (wordLabel(l).equals(label)) {
                numPr(p, numId, l);
                return true;
            }
            System.arraycopy(before, 0, counters, 0, LEVELS);
        }
        if (heading) {
            numPr(p, BigInteger.ZERO, 0); // numId 0: not in any list, whatever the style says
        }
        return false;
    }

    private String wordLabel(int level) {
        return Arrays.stream(counters, 0, level + 1).mapToObj(Integer::toString).collect(Collectors.joining("."));
    }

    /** "2" is level 0, "2.1" level 1…; a lettered or otherwise shaped number has no level. */
    private static Optional<Integer> levelOf(String label) {
        if (!label.matches("\\d+(\\.\\d+)*") || label.split("\\.").length > LEVELS) {
            return Optional.empty();
        }
        return Optional.of(label.split("\\.").length - 1);
    }

    private static void numPr(XWPFParagraph p, BigInteger numId, int level) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTNumPr numPr = ppr.isSetNumPr() ? ppr.getNumPr() : ppr.addNewNumPr();
        (numPr.isSetIlvl() ? numPr.getIlvl() : numPr.addNewIlvl()).setVal(BigInteger.valueOf(level));
        (numPr.isSetNumId() ? numPr.getNumId() : numPr.addNewNumId()).setVal(numId);
    }
}
