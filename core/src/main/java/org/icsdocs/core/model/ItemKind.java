package org.icsdocs.core.model;

/** How an agenda item is taken. */
public enum ItemKind implements Labelled {
    VERBAL, ENCLOSURE, PRESENTATION;
}
