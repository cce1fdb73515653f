package org.icsdocs.core.model;

import java.util.List;

@Doc("How the ICS works with people and communities.")
public record Engagement(
        @Doc("The engagement framework (ENG-001).") Arrangement framework,
        @Doc("Whether the framework addresses the national principles for working with people and communities (ENG-004).") Boolean addressesNationalPrinciples,
        @Doc("The agreement embedding the VCSE sector in system governance (ENG-003).") Arrangement vcseAgreement,
        @Ref(RefKind.ORGANISATION) @Doc("Local Healthwatch organisations.") List<String> healthwatch,
        @Doc("Other channels: citizens' panels, forums.") List<String> channels,
        Span at) {

    public Engagement {
        healthwatch = healthwatch == null ? List.of() : List.copyOf(healthwatch);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
