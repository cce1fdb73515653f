package org.icsdocs.core.model;

import java.util.List;

@Doc("A provider collaborative.")
public record Collaborative(
        @Required String id,
        @Required String name,
        @Doc("Services it covers.") List<ServiceType> services,
        @Ref(RefKind.ORGANISATION) List<String> members,
        @Doc("How it takes decisions (PCL-003).") CollaborativeModel decisionModel,
        @Ref(RefKind.ORGANISATION) String leadProvider,
        @Ref(RefKind.ORGANISATION) @Doc("ICBs it has agreed objectives with.") List<String> objectivesAgreedWith,
        List<String> objectives,
        @Ref(RefKind.PLACE) @Doc("Places it works across.") List<String> places,
        Boolean illustrative,
        Span at) {

    public Collaborative {
        services = services == null ? List.of() : List.copyOf(services);
        members = members == null ? List.of() : List.copyOf(members);
        objectivesAgreedWith = objectivesAgreedWith == null ? List.of() : List.copyOf(objectivesAgreedWith);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        places = places == null ? List.of() : List.copyOf(places);
    }
}
