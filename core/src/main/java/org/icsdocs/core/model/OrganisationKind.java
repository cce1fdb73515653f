package org.icsdocs.core.model;

/** The kinds of organisation an ICS deals with. */
public enum OrganisationKind implements Labelled {
    ICB, NHS_TRUST, FOUNDATION_TRUST, LOCAL_AUTHORITY, PRIMARY_MEDICAL_SERVICES, HEALTHWATCH, VCSE, INDEPENDENT_PROVIDER, NHS_ENGLAND, OTHER;

    public boolean isTrust() {
        return this == NHS_TRUST || this == FOUNDATION_TRUST;
    }

    @Override
    public String label() {
        return switch (this) {
            case ICB -> "Integrated care board";
            case NHS_TRUST -> "NHS trust";
            case FOUNDATION_TRUST -> "NHS foundation trust";
            case PRIMARY_MEDICAL_SERVICES -> "Provider of primary medical services";
            case VCSE -> "Voluntary, community and social enterprise organisation";
            case NHS_ENGLAND -> "NHS England";
            default -> Labelled.super.label();
        };
    }
}
