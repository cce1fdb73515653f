package org.icsdocs.core.model;

/** What was offered: NHS England's conflicts of interest guidance sets different limits for gifts and for hospitality. */
public enum GiftKind implements Labelled {
    GIFT, HOSPITALITY;
}
