package org.icsdocs.core.model;

/** Whether a person was at a meeting. */
public enum AttendanceStatus implements Labelled {
    PRESENT, APOLOGIES, ABSENT, IN_ATTENDANCE;
}
