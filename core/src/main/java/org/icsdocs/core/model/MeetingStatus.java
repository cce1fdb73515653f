package org.icsdocs.core.model;

/** Whether a meeting took place: as ModernGov and Open Civic Data record it (scheduled, held, cancelled, postponed). */
public enum MeetingStatus implements Labelled {
    SCHEDULED, HELD, CANCELLED, POSTPONED;
}
