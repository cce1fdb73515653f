package org.icsdocs.core.model;

/** What NHS Act 2006 s14Z52(2) requires a joint forward plan to set out, in the order of its paragraphs. */
public enum PlanContent implements Labelled {
    /** (a) the health services the ICB proposes to arrange. */
    HEALTH_SERVICES,
    /** (b)(i) how the ICB will discharge its duties under ss14Z34 to 14Z45. */
    GENERAL_DUTIES,
    /** (b)(ii) how it will discharge its financial duties under ss223GB to 223N. */
    FINANCIAL_DUTIES,
    /** (c) the steps to implement any joint local health and wellbeing strategy. */
    JOINT_HEALTH_AND_WELLBEING_STRATEGY,
    /** (d) the particular needs of children and young persons under the age of 25. */
    CHILDREN_AND_YOUNG_PEOPLE_UNDER_25,
    /** (e) the particular needs of victims of abuse, including domestic and sexual abuse. */
    VICTIMS_OF_ABUSE;

    @Override
    public String label() {
        return switch (this) {
            case HEALTH_SERVICES -> "The health services the ICB proposes to arrange";
            case GENERAL_DUTIES -> "How the ICB will discharge its general duties (sections 14Z34 to 14Z45)";
            case FINANCIAL_DUTIES -> "How the ICB will discharge its financial duties (sections 223GB to 223N)";
            case JOINT_HEALTH_AND_WELLBEING_STRATEGY -> "Steps to implement the joint local health and wellbeing strategies";
            case CHILDREN_AND_YOUNG_PEOPLE_UNDER_25 -> "The particular needs of children and young people under 25";
            case VICTIMS_OF_ABUSE -> "The particular needs of victims of abuse, including domestic and sexual abuse";
        };
    }
}
