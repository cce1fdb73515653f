package org.icsdocs.core.model;

/** The statutory and nationally mandated roles an ICB names (OFF rules). */
public enum OfficerRole implements Labelled {
    CALDICOTT_GUARDIAN,
    SENIOR_INFORMATION_RISK_OWNER,
    DATA_PROTECTION_OFFICER,
    FREEDOM_TO_SPEAK_UP_GUARDIAN,
    FREEDOM_TO_SPEAK_UP_EXECUTIVE_LEAD,
    FREEDOM_TO_SPEAK_UP_NON_EXECUTIVE_LEAD,
    ACCOUNTABLE_EMERGENCY_OFFICER,
    DESIGNATED_DOCTOR_SAFEGUARDING_CHILDREN,
    DESIGNATED_NURSE_SAFEGUARDING_CHILDREN,
    DESIGNATED_DOCTOR_LOOKED_AFTER_CHILDREN,
    DESIGNATED_NURSE_LOOKED_AFTER_CHILDREN;

    @Override
    public String label() {
        return switch (this) {
            case CALDICOTT_GUARDIAN -> "Caldicott Guardian";
            case SENIOR_INFORMATION_RISK_OWNER -> "Senior Information Risk Owner";
            case DATA_PROTECTION_OFFICER -> "Data Protection Officer";
            case FREEDOM_TO_SPEAK_UP_GUARDIAN -> "Freedom to Speak Up Guardian";
            case FREEDOM_TO_SPEAK_UP_EXECUTIVE_LEAD -> "Executive lead for Freedom to Speak Up";
            case FREEDOM_TO_SPEAK_UP_NON_EXECUTIVE_LEAD -> "Non-executive lead for Freedom to Speak Up";
            case ACCOUNTABLE_EMERGENCY_OFFICER -> "Accountable Emergency Officer";
            case DESIGNATED_DOCTOR_SAFEGUARDING_CHILDREN -> "Designated Doctor for Safeguarding Children";
            case DESIGNATED_NURSE_SAFEGUARDING_CHILDREN -> "Designated Nurse for Safeguarding Children";
            case DESIGNATED_DOCTOR_LOOKED_AFTER_CHILDREN -> "Designated Doctor for Looked After Children";
            case DESIGNATED_NURSE_LOOKED_AFTER_CHILDREN -> "Designated Nurse for Looked After Children";
        };
    }
}
