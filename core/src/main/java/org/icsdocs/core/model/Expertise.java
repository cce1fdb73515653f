package org.icsdocs.core.model;

/** Knowledge and experience a person brings, as the constitution's role specifications ask for. */
public enum Expertise implements Labelled {
    AUDIT, FINANCE, CLINICAL, MENTAL_HEALTH, PUBLIC_HEALTH, SOCIAL_CARE, PRIMARY_CARE, LEGAL, DIGITAL, WORKFORCE, QUALITY, GOVERNANCE, LIVED_EXPERIENCE;
}
