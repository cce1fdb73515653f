package org.icsdocs.core.model;

/** What a member of a partnership represents (PLC-003). */
public enum Sector implements Labelled {
    PRIMARY_CARE, LOCAL_AUTHORITY, PUBLIC_HEALTH, SOCIAL_CARE, ACUTE, COMMUNITY, MENTAL_HEALTH, AMBULANCE, PEOPLE_WHO_USE_SERVICES, VCSE, ICB, OTHER;
}
