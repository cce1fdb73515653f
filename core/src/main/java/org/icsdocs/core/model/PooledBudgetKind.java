package org.icsdocs.core.model;

/** The legal basis of a pooled budget. */
public enum PooledBudgetKind implements Labelled {
    SECTION_75, BETTER_CARE_FUND, OTHER;
}
