package org.icsdocs.core.model;

/** The five place-based governance models of the ICS design framework (PLC-001). */
public enum GovernanceModel implements Labelled {
    CONSULTATIVE_FORUM, COMMITTEE_OF_ICB, JOINT_COMMITTEE, ICB_DIRECTOR, LEAD_PROVIDER;
}
