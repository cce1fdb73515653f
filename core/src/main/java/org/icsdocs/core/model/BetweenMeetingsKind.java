package org.icsdocs.core.model;

/** How a decision was taken between meetings under the standing orders. */
public enum BetweenMeetingsKind implements Labelled {
    CHAIRS_ACTION, URGENT_DECISION;
}
