package org.icsdocs.core.render.constitution;

import java.util.List;
import java.util.Optional;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PartnerSector;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * Who may take part in the joint nomination of each kind of partner member, derived from the
 * definition's organisations rather than from whoever nominated the current holder.
 *
 * <p>Source: NHS Act 2006 Sch. 1B para 8 (legislation.gov.uk, read 2026-12-01) and the model
 * ICB constitution's sections 3.5 to 3.7, as published ICB constitutions carry them (compared with
 * Hertfordshire and West Essex ICB's, section 2.1.6): partner members are nominated jointly by
 * (a) the NHS trusts and foundation trusts that provide services for the purposes of the health
 * service within the ICB's area, (b) the providers of primary medical services in the area, and
 * (c) the local authorities whose areas coincide with, or include the whole or any part of, the
 * ICB's area (those with social care responsibility; districts do not nominate).
 */
public final class EligibleNominators {

    private final Definition definition;
    private final DefinitionIndex index;

    public EligibleNominators(Definition definition, DefinitionIndex index) {
        this.definition = definition;
        this.index = index;
    }

    /** The organisations eligible to take part in nominating a partner member of the sector named by its key. */
    public List<Organisation> of(String sectorKey) {
        PartnerSector sector = java.util.Arrays.stream(PartnerSector.values()).filter(s -> s.key().equals(sectorKey)).findFirst().orElse(null);
        if (sector == null) {
            return List.of();
        }
        return switch (sector) {
            case NHS_TRUSTS -> inArea(o -> o.kind().isTrust());
            case PRIMARY_MEDICAL_SERVICES -> inArea(o -> o.kind() == OrganisationKind.PRIMARY_MEDICAL_SERVICES);
            case LOCAL_AUTHORITY -> localAuthorities();
        };
    }

    private List<Organisation> inArea(java.util.function.Predicate<Organisation> kind) {
        return definition.organisations().stream().filter(kind).filter(Organisation::inArea).toList();
    }

    /** The authorities the profile names as the ICB's area; failing that, every in-area authority with social care responsibility. */
    private List<Organisation> localAuthorities() {
        List<String> named = definition.ics() == null ? List.of() : definition.ics().localAuthorities();
        if (!named.isEmpty()) {
            return named.stream().map(index::organisation).flatMap(Optional::stream).toList();
        }
        return inArea(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY && (o.tier() == null || o.tier().hasSocialCareResponsibility()));
    }
}
