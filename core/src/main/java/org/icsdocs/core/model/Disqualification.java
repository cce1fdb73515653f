package org.icsdocs.core.model;

/** The disqualification criteria of the model ICB constitution (BRD-014). */
public enum Disqualification implements Labelled {
    MEMBER_OF_PARLIAMENT, RECENT_CONVICTION, BANKRUPTCY_RESTRICTIONS, DISMISSED_BY_HEALTH_BODY, PRIVATE_HEALTHCARE_INVOLVEMENT, OTHER;
}
