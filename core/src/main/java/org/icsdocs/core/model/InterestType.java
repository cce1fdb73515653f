package org.icsdocs.core.model;

/** The categories of interest in NHS conflicts of interest guidance. */
public enum InterestType implements Labelled {
    FINANCIAL, NON_FINANCIAL_PROFESSIONAL, NON_FINANCIAL_PERSONAL, INDIRECT;
}
