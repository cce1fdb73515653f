package org.icsdocs.core.model;

/** A seat on the ICB's unitary board. */
public enum BoardRole implements Labelled {
    CHAIR, CHIEF_EXECUTIVE, DIRECTOR_OF_FINANCE, MEDICAL_DIRECTOR, DIRECTOR_OF_NURSING,
    INDEPENDENT_NON_EXECUTIVE, PARTNER_MEMBER, OTHER_EXECUTIVE, OTHER_MEMBER, PARTICIPANT;

    public boolean isExecutive() {
        return this == CHIEF_EXECUTIVE || this == DIRECTOR_OF_FINANCE || this == MEDICAL_DIRECTOR
                || this == DIRECTOR_OF_NURSING || this == OTHER_EXECUTIVE;
    }

    /** The chair and the independent members: the non-executives of the model constitution. */
    public boolean isNonExecutive() {
        return this == CHAIR || this == INDEPENDENT_NON_EXECUTIVE;
    }
}
