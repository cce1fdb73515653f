package org.icsdocs.core.model;

/** What the meeting resolved on a motion put to it. */
public enum ResolutionOutcome implements Labelled {
    APPROVED, APPROVED_WITH_AMENDMENTS, NOTED, DEFERRED, DECLINED;

    /** Whether the outcome is a decision the body took (and so needed the authority to take). */
    public boolean decides() {
        return this == APPROVED || this == APPROVED_WITH_AMENDMENTS || this == DECLINED;
    }
}
