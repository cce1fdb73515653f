package org.icsdocs.core.model;

/** The tier of a local authority; all but districts carry social care responsibility. */
public enum LocalAuthorityTier implements Labelled {
    COUNTY, UNITARY, METROPOLITAN, LONDON_BOROUGH, DISTRICT;

    public boolean hasSocialCareResponsibility() {
        return this != DISTRICT;
    }
}
