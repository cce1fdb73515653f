package org.icsdocs.core.model;

/** A kind of service a provider runs. */
public enum ServiceType implements Labelled {
    ACUTE, MENTAL_HEALTH, COMMUNITY, AMBULANCE, SPECIALISED, PRIMARY_CARE, SOCIAL_CARE, LEARNING_DISABILITY_AND_AUTISM;
}
