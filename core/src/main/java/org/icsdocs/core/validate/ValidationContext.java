package org.icsdocs.core.validate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What validation needs besides the definition: the date it judges "now" by (fixed per build,
 * from the project's output timestamp, so results never depend on the day the build runs) and
 * the definition folder that referenced files must stay inside.
 */
public record ValidationContext(LocalDate asOf, Path definitionRoot) {
}
