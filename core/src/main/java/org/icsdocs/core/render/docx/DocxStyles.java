package org.icsdocs.core.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles the documents use: the built-in style ids Word and LibreOffice recognise as
 * headings (Heading1…), so the navigation pane, the outline and a table of contents work, with
 * the PDF's typeface (Liberation Sans) and the document's language as the defaults.
 */
final class DocxStyles {

    static final String FONT = "Liberation Sans";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String CLAUSE = "Clause";
    static final String LIST = "ListParagraph";
    static final String NOTE = "Note";
    static final String CAPTION = "Caption";
    static final int HEADING_LEVELS = 5;

    private DocxStyles() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    /**
     * @param clauseList the numbering of the document's numbered clauses, if it has them: Heading n
     *                   then takes level n of that list, as Word's outline numbering does
     */
    static void install(XWPFDocument doc, String language, java.util.Optional<BigInteger> clauseList) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts());
        defaults.addNewSz().setVal(BigInteger.valueOf(21)); // 10.5 pt, as the PDF's body text
        defaults.addNewSzCs().setVal(BigInteger.valueOf(21));
        defaults.addNewLang().setVal(language);
        ct.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        XWPFStyles styles = doc.createStyles();
        styles.setStyles(ct);

        styles.addStyle(new XWPFStyle(paragraph("Normal", "Normal", null, -1, 0, false)));
        styles.addStyle(new XWPFStyle(paragraph(TITLE, "Title", "Normal", -1, 44, true)));
        styles.addStyle(new XWPFStyle(paragraph(SUBTITLE, "Subtitle", "Normal", -1, 26, false)));
        int[] sizes = {32, 28, 24, 22, 22};
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            CTStyle heading = paragraph(heading(level), "heading " + level, "Normal", level - 1, sizes[level - 1], true);
            int ilvl = level - 1;
            clauseList.ifPresent(numId -> {
                var numPr = heading.getPPr().addNewNumPr();
                numPr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
                numPr.addNewNumId().setVal(numId);
            });
            styles.addStyle(new XWPFStyle(heading));
        }
        CTStyle clause = paragraph(CLAUSE, "Clause", "Normal", -1, 0, false);
        hanging(clause.getPPr(), 851, 851); // the clause number hangs in a 1.5 cm margin, as in the PDF
        styles.addStyle(new XWPFStyle(clause));
        CTStyle list = paragraph(LIST, "List Paragraph", "Normal", -1, 0, false);
        hanging(list.getPPr(), 1276, 425);
        styles.addStyle(new XWPFStyle(list));
        CTStyle note = paragraph(NOTE, "Note", "Normal", -1, 0, false);
        note.getPPr().addNewInd().setLeft(BigInteger.valueOf(425));
        styles.addStyle(new XWPFStyle(note));
        styles.addStyle(new XWPFStyle(paragraph(CAPTION, "caption", "Normal", -1, 20, true)));
    }

    private static void hanging(CTPPrGeneral ppr, int left, int hanging) {
        var ind = ppr.addNewInd();
        ind.setLeft(BigInteger.valueOf(left));
        ind.setHanging(BigInteger.valueOf(hanging));
        ppr.addNewTabs().addNewTab().setPos(BigInteger.valueOf(left));
        ppr.getTabs().getTabArray(0).setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.LEFT);
    }

    /** A paragraph style; outline level -1 for body text, half-point size 0 to inherit. */
    private static CTStyle paragraph(String id, String name, String basedOn, int outline, int halfPoints, boolean bold) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        } else {
            s.setDefault(true);
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr rpr = s.addNewRPr();
        fonts(rpr.addNewRFonts());
        if (bold) {
            rpr.addNewB();
        }
        if (halfPoints > 0) {
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        }
        return s;
    }

    private static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }
}
