package org.icsdocs.core.render;

import java.time.Instant;

/**
 * What surrounds a document's body: who publishes it, in which language, the illustrative-content
 * notice, the build instant the PDF is dated with, and where the PDF can be downloaded from the page.
 */
public record DocumentFrame(String organisation, String language, String notice, Instant created, String pdfLink) {
}
