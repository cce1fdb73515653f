package org.icsdocs.core.model;

/** Whether an offer of a gift, hospitality or sponsorship was accepted or declined: the register records both. */
public enum GiftOutcome implements Labelled {
    ACCEPTED, DECLINED;
}
