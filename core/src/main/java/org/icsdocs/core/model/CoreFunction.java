package org.icsdocs.core.model;

/** The ICB's core functions from the ICS design framework; each needs one accountable body (FDM-001). */
public enum CoreFunction implements Labelled {
    PLAN_POPULATION_HEALTH, ALLOCATE_RESOURCES, JOINT_WORKING, COLLECTIVE_ACCOUNTABILITY, ARRANGE_PROVISION, PEOPLE_PLAN,
    DIGITAL_AND_DATA, SOCIAL_AND_ECONOMIC_DEVELOPMENT, ESTATES_PROCUREMENT_COMMERCIAL, EMERGENCY_PREPAREDNESS;
}
