package org.icsdocs.core.model;

/** The plans and reports the NHS Act 2006 requires of an ICB each financial year. */
public enum PlanKind implements Labelled {
    /** s14Z52: prepared with the partner trusts before each financial year, for five years. */
    JOINT_FORWARD_PLAN,
    /** s14Z56: prepared with the partner trusts before each financial year. */
    JOINT_CAPITAL_RESOURCE_USE_PLAN,
    /** s14Z58: prepared in each financial year on the one before. */
    ANNUAL_REPORT;
}
