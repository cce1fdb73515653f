package org.icsdocs.core.model;

import java.util.List;

@Doc("An organisation: ICB, NHS trust or foundation trust, local authority, provider, Healthwatch, VCSE, NHS England.")
public record Organisation(
        @Required @Doc("Short id used in references, e.g. kent-cc.") String id,
        @Required @Doc("Full name.") String name,
        @Doc("Short name for tables and diagrams.") String shortName,
        @Required @Doc("What kind of organisation it is.") OrganisationKind kind,
        @Doc("ODS code: 3 characters for an ICB (QKS), R plus 2 for a trust (RN7), 3 digits for a council (820).") String odsCode,
        @Doc("For a local authority: its tier.") LocalAuthorityTier tier,
        @Ref(RefKind.ORGANISATION) @Doc("For a district council: the county council of its area.") String county,
        @Doc("For a provider: the services it runs.") List<ServiceType> services,
        @Doc("Whether it provides services or governs inside the ICS area (default yes).") Boolean operatesInArea,
        @Doc("Public website address.") String website,
        @Doc("True where this entry is illustrative rather than sourced.") Boolean illustrative,
        Span at) {

    public Organisation {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public boolean inArea() {
        return operatesInArea == null || operatesInArea;
    }

    public boolean provides(ServiceType service) {
        return services.contains(service);
    }

    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
