package org.icsdocs.core.render.boardpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A pack with attached PDFs cannot honestly claim PDF/UA or PDF/A: the attached pages are drawn
 * as they came (untagged, fonts perhaps not embedded). The engine writes both claims into the
 * XMP metadata; this takes them out, so a checker or a screen reader is not misled.
 */
final class ConformanceClaims {

    private static final Set<String> CLAIMS = Set.of("http://www.aiim.org/pdfa/ns/id/", "http://www.aiim.org/pdfua/ns/id/");

    private ConformanceClaims() {
    }

    static void withdraw(PDDocument doc) throws IOException {
        PDMetadata stream = doc.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        try {
            XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
            List<XMPSchema> claims = xmp.getAllSchemas().stream().filter(s -> CLAIMS.contains(s.getNamespace())).toList();
            claims.forEach(xmp::removeSchema);
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            PDMetadata replacement = new PDMetadata(doc);
            replacement.importXMPMetadata(xml.toByteArray());
            doc.getDocumentCatalog().setMetadata(replacement);
        } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("cannot rewrite the pack's XMP metadata", e);
        }
    }

    /** Whether the PDF's metadata claims PDF/UA (for tests and the build log). */
    static boolean claimsPdfUa(PDDocument doc) throws IOException {
        PDMetadata stream = doc.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return false;
        }
        try {
            return new DomXmpParser().parse(stream.toByteArray()).getAllSchemas().stream()
                    .anyMatch(s -> s.getNamespace().equals("http://www.aiim.org/pdfua/ns/id/"));
        } catch (XmpParsingException e) {
            throw new IOException(e);
        }
    }
}
