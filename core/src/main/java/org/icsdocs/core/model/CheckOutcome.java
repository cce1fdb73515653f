package org.icsdocs.core.model;

/** The result of a fit and proper persons check. */
public enum CheckOutcome implements Labelled {
    MET, NOT_MET;
}
