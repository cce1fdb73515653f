package org.icsdocs.core.model;

/** The five place-based governance models of the ICS design framework (PLC-001). */
public enum GovernanceModel implements Labelled {
    CONSULTATIVE_FORUM, COMMITTEE_OF_ICB, JOINT_COMMITTEE, ICB_DIRECTOR, LEAD_PROVIDER;

    @Override
    public String label() {
        return switch (this) {
            case CONSULTATIVE_FORUM -> "Consultative forum";
            case COMMITTEE_OF_ICB -> "Committee of the ICB";
            case JOINT_COMMITTEE -> "Joint committee of the ICB and statutory providers";
            case ICB_DIRECTOR -> "ICB director with delegated authority";
            case LEAD_PROVIDER -> "Lead provider under contract";
        };
    }
}
