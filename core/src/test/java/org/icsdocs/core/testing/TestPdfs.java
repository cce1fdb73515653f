package org.icsdocs.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs for tests to attach as papers, made with PDFBox as another system would export them. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** Pages of the given size, each saying "Attachment page N " in a framed page. */
    public static byte[] pages(int pages, PDRectangle size) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(font, 28);
                    out.newLineAtOffset(72, size.getHeight() - 120);
                    out.showText("Attachment page " + n + " ");
                    out.endText();
                    out.addRect(36, 36, size.getWidth() - 72, size.getHeight() - 72);
                    out.stroke();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
