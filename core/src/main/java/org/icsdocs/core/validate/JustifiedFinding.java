package org.icsdocs.core.validate;

import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.model.Justification;

/** A warning or advice the definition departs from on purpose, with the recorded reason; printed in the documents. */
public record JustifiedFinding(Diagnostic finding, Justification justification) {
}
