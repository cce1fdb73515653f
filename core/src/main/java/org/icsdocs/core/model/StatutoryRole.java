package org.icsdocs.core.model;

/** Statutory or designated roles a person holds in their own organisation. */
public enum StatutoryRole implements Labelled {
    DIRECTOR_OF_PUBLIC_HEALTH, DIRECTOR_OF_ADULT_SOCIAL_SERVICES, DIRECTOR_OF_CHILDRENS_SERVICES, CALDICOTT_GUARDIAN, SENIOR_INFORMATION_RISK_OWNER, ACCOUNTABLE_EMERGENCY_OFFICER;
}
