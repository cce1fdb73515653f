package org.icsdocs.core.model;

/** Where a function on the functions-and-decision map comes from. */
public enum FunctionCategory implements Labelled {
    CORE, NHS_ENGLAND_DELEGATED, JOINT_WITH_LOCAL_AUTHORITY, SUPRA_ICS, OTHER;
}
