package org.icsdocs.core.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.icsdocs.core.render.RenderedDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A rendered document as a Word document, through Apache POI: the same numbered headings and
 * clauses as the HTML and the PDF, real tables with repeating header rows, diagrams as images with
 * alternative text, the title and language in the document's properties, and Liberation Sans, as
 * in the PDF. An {@code <ins>} or {@code <del>} in the body becomes a tracked insertion or deletion
 * ({@code w:ins}, {@code w:del}), so a redline edition opens in Word with its changes to accept or
 * reject.
 */
public final class DocxWriter {

    /** The author Word shows against each tracked change. */
    public static final String CHANGE_AUTHOR = "ics-docs";


    /**
     * @param organisation who publishes it (the document's author property)
     * @param language     BCP 47 tag, e.g. en-GB
     * @param created      the build instant: the document's dates, and its tracked changes' date
     * @param landscape    an A4 landscape page, as the PDF of the same document has
     */
    public record Metadata(String organisation, String language, Instant created, boolean landscape) {
    }

    public byte[] write(RenderedDocument document, Metadata metadata) {
        try (XWPFDocument doc = new XWPFDocument()) {
            Document html = Jsoup.parseBodyFragment(document.bodyHtml());
            // A document with numbered clauses gets a real Word list, so Word renumbers when a clause is inserted;
            // a redline keeps its typed numbers, which belong to two versions at once.
            boolean numbered = !html.select("span.clause-number, span.number").isEmpty();
            boolean redline = !html.select("ins, del").isEmpty();
            Optional<ClauseNumbering> list = numbered && !redline ? Optional.of(ClauseNumbering.install(doc)) : Optional.empty();
            DocxStyles.install(doc, metadata.language(), list.map(ClauseNumbering::numId));
            properties(doc, document, metadata);
            HtmlToDocx converter = new HtmlToDocx(doc, metadata.created()).title(document.title(), document.subtitle());
            list.ifPresent(converter::withClauseNumbering);
            converter.body(html.body());
            page(doc, metadata.landscape());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return Zips.withFixedTimes(out.toByteArray(), metadata.created());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4, with the PDF's margins (2 cm; 1.6 cm in landscape). Sizes in twentieths of a point. */
    private static void page(XWPFDocument doc, boolean landscape) {
        var sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        var size = sect.addNewPgSz();
        BigInteger shortSide = BigInteger.valueOf(11906);
        BigInteger longSide = BigInteger.valueOf(16838);
        size.setW(landscape ? longSide : shortSide);
        size.setH(landscape ? shortSide : longSide);
        if (landscape) {
            size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        }
        var margin = sect.addNewPgMar();
        BigInteger m = BigInteger.valueOf(landscape ? 907 : 1134);
        margin.setTop(m);
        margin.setBottom(m);
        margin.setLeft(m);
        margin.setRight(m);
    }

    private static void properties(XWPFDocument doc, RenderedDocument document, Metadata metadata) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(document.title());
        core.setCreator(metadata.organisation());
        if (document.subtitle() != null && !document.subtitle().isEmpty()) {
            core.setDescription(document.subtitle());
        }
        Optional<Date> when = Optional.of(Date.from(metadata.created()));
        PackagePropertiesPart part = core.getUnderlyingProperties();
        part.setCreatedProperty(when);
        part.setModifiedProperty(when);
        part.setLanguageProperty(metadata.language());
    }
}
