package org.icsdocs.core.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.icsdocs.core.diagnostic.Scenario;
import org.icsdocs.core.markdown.MarkdownTrees;

/**
 * What validation needs besides the definition: the date it judges "now" by (fixed per build,
 * from the project's output timestamp or {@code ics.asAt}, so results never depend on the day the
 * build runs), the definition folder that referenced files must stay inside, and the bill a
 * scenario assumes commenced, if any. The date selects the rules in force and the organisations
 * that exist. The build's {@link MarkdownTrees} keep the papers validation parses, for rendering to
 * read the same trees.
 */
public record ValidationContext(LocalDate asOf, Path definitionRoot, Optional<Scenario> scenario, MarkdownTrees markdown) {

    public ValidationContext {
        Objects.requireNonNull(asOf, "asOf");
        scenario = scenario == null ? Optional.empty() : scenario;
        markdown = markdown == null ? new MarkdownTrees() : markdown;
    }

    /** A validation whose parsed Markdown is its own, used by nothing after it. */
    public ValidationContext(LocalDate asOf, Path definitionRoot, Optional<Scenario> scenario) {
        this(asOf, definitionRoot, scenario, null);
    }

    /** The law in force on {@code asOf}, with no bill assumed. */
    public ValidationContext(LocalDate asOf, Path definitionRoot) {
        this(asOf, definitionRoot, Optional.empty());
    }
}
