package org.icsdocs.core.build;

import java.time.Duration;

/** A file a generation wrote: where (relative to the output folder), how big, how many pages if a PDF, and how long it took. */
public record GeneratedFile(String path, long bytes, int pages, Duration took) {
}
