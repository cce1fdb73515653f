package org.icsdocs.core.model;

import java.time.LocalDate;
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
        @Doc("The day the organisation came into being (for an ICB, its establishment order's date).") LocalDate establishedOn,
        @Doc("The last day the organisation existed (for an ICB merged into another, the day before the merger).") LocalDate dissolvedOn,
        @Ref(RefKind.ORGANISATION) @Doc("The organisation that took on its functions when it was dissolved; a merger is written once, on each predecessor.") String successor,
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

    /** Whether the organisation exists on {@code date}: established by then and not yet dissolved. */
    public boolean existsOn(LocalDate date) {
        return (establishedOn == null || !establishedOn.isAfter(date)) && (dissolvedOn == null || !dissolvedOn.isBefore(date));
    }

    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
