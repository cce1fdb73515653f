package org.icsdocs.core.model;

/** The sector that nominates a partner member of the ICB board (Act Sch. 1B). */
public enum PartnerSector implements Labelled {
    NHS_TRUSTS, PRIMARY_MEDICAL_SERVICES, LOCAL_AUTHORITY;
}
