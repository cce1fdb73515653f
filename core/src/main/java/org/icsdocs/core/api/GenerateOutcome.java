package org.icsdocs.core.api;

import java.time.Duration;
import java.util.List;
import org.icsdocs.core.build.GeneratedFile;

/**
 * @param validation what validation found
 * @param generated  false when errors in the definition stopped generation (nothing was published)
 * @param files      what was written, relative to the site folder
 * @param members    the packs of meetings held in private, relative to the members' folder beside the site ({@code target/ics/private})
 */
public record GenerateOutcome(ValidationOutcome validation, boolean generated, List<GeneratedFile> files, List<GeneratedFile> members,
                             Duration elapsed) {

    public GenerateOutcome {
        files = List.copyOf(files);
        members = List.copyOf(members);
    }
}
