package org.icsdocs.core.load;

import java.nio.file.Path;

/** A definition file as read: where it is on disk and how it is shown to the user. */
public record SourceFile(Path path, String displayName) {
}
