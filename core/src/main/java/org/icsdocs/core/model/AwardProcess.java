package org.icsdocs.core.model;

/** The processes of the Provider Selection Regime (S.I. 2023/1348 regs 6 to 11, 14). */
public enum AwardProcess implements Labelled {
    DIRECT_AWARD_A, DIRECT_AWARD_B, DIRECT_AWARD_C, MOST_SUITABLE_PROVIDER, COMPETITIVE_PROCESS, URGENT_AWARD;

    /** The processes in which the key criteria and basic selection criteria are weighed, and the record must say how (reg 24). */
    public boolean weighsCriteria() {
        return this == DIRECT_AWARD_C || this == MOST_SUITABLE_PROVIDER || this == COMPETITIVE_PROCESS;
    }

}
