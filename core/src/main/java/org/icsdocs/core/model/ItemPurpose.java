package org.icsdocs.core.model;

/** What the meeting is asked to do with an item. */
public enum ItemPurpose implements Labelled {
    APPROVAL, DECISION, ASSURANCE, DISCUSSION, INFORMATION;
}
