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

}
