package org.icsdocs.core.model;

/** The registers a meeting may review, printed in its pack after the register of interests; each key names the template that prints it. */
public enum RegisterKind implements Labelled {
    GIFTS_AND_HOSPITALITY, SPONSORSHIP, PROCUREMENT_DECISIONS;
}
