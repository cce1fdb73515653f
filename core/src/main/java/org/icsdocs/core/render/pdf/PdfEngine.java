package org.icsdocs.core.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns an HTML document into an archivable, accessible PDF: A4 pages laid out by openhtmltopdf
 * from the document's own CSS, fonts embedded, tagged for PDF/UA-1 and conforming to PDF/A-3a.
 * Built once and shared: parsing the fonts is the expensive part, so their bytes are kept.
 */
public final class PdfEngine {

    /** A font face the engine embeds, under the CSS family name documents use. */
    public record Face(String family, int weight, boolean italic, byte[] bytes) {
    }

    private static final IcuBidi BIDI = new IcuBidi();

    private final List<DocumentFonts.Loadable> faces;
    private final byte[] colourProfile;

    public PdfEngine(List<Face> faces) {
        // The library also logs font loading through a process-wide logger, outside the
        // per-render diagnostic consumer; a build log is no place for it.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        this.faces = faces.stream().map(DocumentFonts.Loadable::of).toList();
        this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /**
     * Changes a laid-out PDF before it is saved: a board pack, for instance, draws attached PDFs
     * onto the placeholder pages it reserved for them.
     */
    public interface PostProcessor {
        /**
         * @param pageOf the 0-based index of the page on which the element with an id ends (for a one-page placeholder, its page), or -1
         */
        void process(PDDocument doc, java.util.function.ToIntFunction<String> pageOf) throws IOException;
    }

    /**
     * @param html    a complete HTML document (lang on the root, a title, print CSS inline)
     * @param baseUri where relative links and images in the document resolve from
     */
    public byte[] render(String html, String baseUri, PdfMetadata metadata) {
        return render(html, baseUri, metadata, (doc, pageOf) -> { });
    }

    public byte[] render(String html, String baseUri, PdfMetadata metadata, PostProcessor postProcessor) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri);
        // An HTML parser ends <head> at the first element it does not know (openhtmltopdf's
        // <bookmarks>) and moves it and what follows into the body; put them back.
        for (org.jsoup.nodes.Element misplaced : parsed.body().select("> bookmarks, > style, > meta, > title")) {
            parsed.head().appendChild(misplaced);
        }
        FallbackScripts.mark(parsed.body());
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
                .useColorProfile(colourProfile)
                .useSVGDrawer(new BatikSVGDrawer())
                .useUnicodeBidiSplitter(BIDI)
                .useUnicodeBidiReorderer(BIDI)
                .withProducer("ics-docs")
                // per build, instead of the library's global logger: nothing reaches the build log uninvited
                .withDiagnosticConsumer(diagnostic -> { })
                .withW3cDocument(dom, baseUri);
        PDDocument target = new PDDocument();
        builder.usePDDocument(target);
        DocumentFonts.register(builder, target, faces, DocumentFonts.drawsSvg(html));
        try (target; PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument doc = renderer.createPDFKeepOpen()) {
            postProcessor.process(doc, id -> {
                var positions = renderer.findPagePositionsByID(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(id)));
                return positions.isEmpty() ? -1 : positions.get(0).getPageNo();
            });
            fixIdentity(doc, metadata, html);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            byte[] saved = out.toByteArray();
            // shaped glyphs (joined Arabic, Devanagari and Bengali conjuncts) read back as the letters typed
            return ShapedGlyphText.mayBeShaped(html) ? ShapedGlyphText.mapToText(saved, faces.stream().map(DocumentFonts.Loadable::face).toList()) : saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the clock-time dates and random ID the renderer sets with ones derived from the input. */
    private static void fixIdentity(PDDocument doc, PdfMetadata metadata, String html) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(metadata.created().toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setCreator("ics-docs");
        PDMetadata stream = doc.getDocumentCatalog().getMetadata();
        if (stream != null) {
            try {
                XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic == null) {
                    basic = xmp.createAndAddXMPBasicSchema();
                }
                basic.setCreateDate(when);
                basic.setModifyDate(when);
                basic.setMetadataDate(when);
                ByteArrayOutputStream xml = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, xml, true);
                PDMetadata replacement = new PDMetadata(doc);
                replacement.importXMPMetadata(xml.toByteArray());
                doc.getDocumentCatalog().setMetadata(replacement);
            } catch (org.apache.xmpbox.xml.XmpParsingException | javax.xml.transform.TransformerException e) {
                throw new IOException("cannot rewrite the PDF's XMP metadata", e);
            }
        }
        byte[] id = Arrays.copyOf(sha256((html + "\u0000" + metadata).getBytes(StandardCharsets.UTF_8)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
