package org.icsdocs.core.model;

/** Progress of an action on the action log. */
public enum ActionStatus implements Labelled {
    OPEN, IN_PROGRESS, COMPLETE;
}
