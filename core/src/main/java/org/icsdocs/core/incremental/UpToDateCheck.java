package org.icsdocs.core.incremental;

import java.util.List;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.validate.JustifiedFinding;

/**
 * What lets a rebuild with nothing changed skip even validation: fingerprints of the code and
 * settings, of every file under the definition folder and of every template override, and the
 * findings the last validation of exactly those files reported, to be printed again.
 *
 * @param everything      {@link Fingerprints#everything()}
 * @param definitionFiles {@link Fingerprints#definitionFiles()}
 * @param templateFiles   {@link Fingerprints#templateFiles()}
 * @param files           how many definition files the validation read
 */
public record UpToDateCheck(String everything, String definitionFiles, String templateFiles, List<Diagnostic> diagnostics,
                            List<JustifiedFinding> justified, int files) {

    public UpToDateCheck {
        diagnostics = List.copyOf(diagnostics);
        justified = List.copyOf(justified);
    }

    /** Whether the fingerprints of this build are the ones recorded. */
    public boolean holds(Fingerprints now) {
        return everything.equals(now.everything()) && definitionFiles.equals(now.definitionFiles()) && templateFiles.equals(now.templateFiles());
    }
}
