package org.icsdocs.core.load;

import java.util.List;
import java.util.Optional;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.model.Definition;

/**
 * What loading produced: the definition (absent when the files could not be read into one) and
 * every problem found on the way, in file order.
 */
public record LoadResult(Optional<Definition> definition, List<Diagnostic> diagnostics, List<SourceFile> files) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
