package org.icsdocs.core.model;

import java.util.List;

@Doc("A provider collaborative.")
public record Collaborative(
        @Required @Doc("Short id used in references.") String id,
        @Required @Doc("The collaborative's name as published.") String name,
        @Doc("Services it covers.") List<ServiceType> services,
        @Ref(RefKind.ORGANISATION) List<String> members,
        @Doc("How it takes decisions (PCL-003).") CollaborativeModel decisionModel,
        @Ref(RefKind.ORGANISATION) String leadProvider,
        @Ref(RefKind.ORGANISATION) @Doc("ICBs it has agreed objectives with.") List<String> objectivesAgreedWith,
        @Doc("Its objectives, one per item.") List<String> objectives,
        @Ref(RefKind.PLACE) @Doc("Places it works across.") List<String> places,
        @Doc("True where this collaborative is illustrative rather than sourced.") Boolean illustrative,
        Span at) {

    public Collaborative {
        services = services == null ? List.of() : List.copyOf(services);
        members = members == null ? List.of() : List.copyOf(members);
        objectivesAgreedWith = objectivesAgreedWith == null ? List.of() : List.copyOf(objectivesAgreedWith);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        places = places == null ? List.of() : List.copyOf(places);
    }
}
