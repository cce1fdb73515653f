package org.icsdocs.core.model;

/** A kind of member a quorum must include. */
public enum QuorumRequirement implements Labelled {
    CHAIR_OR_DEPUTY, EXECUTIVE, INDEPENDENT_NON_EXECUTIVE, PARTNER_MEMBER, CLINICAL;
}
