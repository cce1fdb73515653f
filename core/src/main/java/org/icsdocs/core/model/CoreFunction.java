package org.icsdocs.core.model;

/** The ICB's core functions from the ICS design framework; each needs one accountable body (FDM-001). */
public enum CoreFunction implements Labelled {
    PLAN_POPULATION_HEALTH("Plan to meet the population's health needs"),
    ALLOCATE_RESOURCES("Allocate resources to deliver the plan"),
    JOINT_WORKING("Establish joint working arrangements with partners"),
    COLLECTIVE_ACCOUNTABILITY("Governance for collective accountability"),
    ARRANGE_PROVISION("Arrange the provision of health services"),
    PEOPLE_PLAN("People plan and one workforce"),
    DIGITAL_AND_DATA("Digital and data"),
    SOCIAL_AND_ECONOMIC_DEVELOPMENT("Social and economic development"),
    ESTATES_PROCUREMENT_COMMERCIAL("Estates, procurement and commercial strategy"),
    EMERGENCY_PREPAREDNESS("Emergency preparedness, response and recovery");

    private final String title;

    CoreFunction(String title) {
        this.title = title;
    }

    @Override
    public String label() {
        return title;
    }
}
