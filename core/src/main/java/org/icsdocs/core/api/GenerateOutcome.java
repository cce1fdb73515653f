package org.icsdocs.core.api;

import java.time.Duration;
import java.util.List;
import org.icsdocs.core.generate.GeneratedFile;

/**
 * @param validation what validation found
 * @param generated  false when errors in the definition stopped generation (nothing was published)
 * @param files      what was written, relative to the site folder
 */
public record GenerateOutcome(ValidationOutcome validation, boolean generated, List<GeneratedFile> files, Duration elapsed) {

    public GenerateOutcome {
        files = List.copyOf(files);
    }
}
