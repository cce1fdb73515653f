package org.icsdocs.core.model;

/** Where the constitution stands with NHS England. */
public enum ConstitutionStatus implements Labelled {
    DRAFT, SUBMITTED, APPROVED;
}
