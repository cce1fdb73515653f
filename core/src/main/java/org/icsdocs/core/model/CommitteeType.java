package org.icsdocs.core.model;

/** How a committee is constituted. */
public enum CommitteeType implements Labelled {
    COMMITTEE, SUB_COMMITTEE, JOINT_COMMITTEE;
}
