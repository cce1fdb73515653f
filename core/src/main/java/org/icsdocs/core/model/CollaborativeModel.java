package org.icsdocs.core.model;

/** How a provider collaborative takes decisions (PCL-003). */
public enum CollaborativeModel implements Labelled {
    POOLED_FUNDS, LEAD_PROVIDER, JOINT_COMMITTEE, COMMITTEES_IN_COMMON;
}
