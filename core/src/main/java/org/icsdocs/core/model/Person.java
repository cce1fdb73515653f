package org.icsdocs.core.model;

import java.util.List;

@Doc("A person named in the definition.")
public record Person(
        @Required @Doc("Short id used in references.") String id,
        @Required @Doc("Name as it should be printed.") String name,
        @Doc("Honorific, e.g. Dr, Cllr.") String honorific,
        @Doc("Post-nominal letters.") String postNominals,
        @Doc("Job title in their own organisation.") String jobTitle,
        @Ref(RefKind.ORGANISATION) @Doc("Employing organisation.") String employer,
        @Doc("Statutory or designated roles held, e.g. director-of-public-health.") List<StatutoryRole> statutoryRoles,
        @Doc("Knowledge and experience brought, e.g. audit, finance, mental-health.") List<Expertise> expertise,
        @Doc("Other positions and offices held (BRD-008).") List<Position> positions,
        @Doc("A short biography.") String biography,
        @Doc("True where the person is illustrative (not a real, named individual).") Boolean illustrative,
        Span at) {

    public Person {
        statutoryRoles = statutoryRoles == null ? List.of() : List.copyOf(statutoryRoles);
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
        positions = positions == null ? List.of() : List.copyOf(positions);
    }

    public boolean has(Expertise e) {
        return expertise.contains(e);
    }

    public boolean holds(StatutoryRole role) {
        return statutoryRoles.contains(role);
    }

    public String displayName() {
        return honorific == null ? name : honorific + " " + name;
    }
}
