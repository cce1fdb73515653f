package org.icsdocs.core.model;

/** The kinds of organisation an ICS deals with. */
public enum OrganisationKind implements Labelled {
    ICB, NHS_TRUST, FOUNDATION_TRUST, LOCAL_AUTHORITY, PRIMARY_MEDICAL_SERVICES, HEALTHWATCH, VCSE, INDEPENDENT_PROVIDER, NHS_ENGLAND, OTHER;

    public boolean isTrust() {
        return this == NHS_TRUST || this == FOUNDATION_TRUST;
    }
}
