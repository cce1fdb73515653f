package org.icsdocs.core.render.pdf;

import java.time.Instant;

/**
 * What a PDF says about itself. {@code created} comes from the build's date, never the clock, so
 * two builds of the same input give the same bytes.
 */
public record PdfMetadata(String title, String author, String subject, String language, Instant created) {
}
