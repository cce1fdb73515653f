package org.icsdocs.core.model;

/** The role a committee plays; audit and remuneration are statutory. */
public enum CommitteeKind implements Labelled {
    AUDIT, REMUNERATION, QUALITY, FINANCE, PEOPLE, INEQUALITIES_PREVENTION_POPULATION_HEALTH, PRIMARY_CARE_COMMISSIONING, STRATEGIC_COMMISSIONING, PLACE, OTHER;
}
