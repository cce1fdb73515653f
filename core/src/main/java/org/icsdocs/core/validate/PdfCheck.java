package org.icsdocs.core.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF named in the definition the way the board pack will, so that a paper that cannot be
 * merged into the pack is reported at validation, located at the item, and not half-way through
 * writing the pack.
 */
final class PdfCheck {

    /** What is wrong with the file (continuing "'x.pdf' …"), and what to do. */
    record Problem(String message, String hint) {
    }

    private static final String EXPORT_AGAIN = "Export the file again from the program that made it.";

    private PdfCheck() {
    }

    static Optional<Problem> problem(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.isEncrypted()) {
                return Optional.of(encrypted());
            }
            int pages = 0;
            for (PDPage page : doc.getPages()) {
                page.getMediaBox(); // walks the page tree: a broken one fails here, not in the pack
                pages++;
            }
            if (pages == 0) {
                return Optional.of(new Problem("has no pages", EXPORT_AGAIN));
            }
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of(encrypted());
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Problem("is not a readable PDF (" + reason(e) + ")", EXPORT_AGAIN));
        }
    }

    private static Problem encrypted() {
        return new Problem("is encrypted (password-protected or restricted), so it cannot be merged into the board pack",
                "Save a copy without a password or restrictions (e.g. print it to a new PDF) and name that file.");
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
