package org.icsdocs.core.validate;

import java.time.LocalDate;
import java.util.List;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PartnerSector;

/**
 * The bodies that may jointly nominate each kind of partner member of the ICB board, derived from
 * the definition as at a date. NHS Act 2006 Sch. 1B para 8(2) (inserted by the Health and Care Act
 * 2022 Sch. 2): partner members are appointed from persons nominated jointly by (a) the NHS trusts
 * and foundation trusts that provide services for the purposes of the health service within the
 * ICB's area, (b) the providers of primary medical services in the area, and (c) the local
 * authorities whose areas coincide with, or include the whole or any part of, the ICB's area. A
 * "local authority" in the Act is a council with social care responsibility (county, unitary,
 * metropolitan or London borough); a district council in a two-tier area is not one. The
 * regulations that may narrow (a) and (b) to "a prescribed description" were not found, so every
 * trust and provider in the area is treated as eligible.
 *
 * <p>Used by BRD-017 and by the constitution, which prints the lists.
 */
public record EligibleNominators(List<Organisation> trusts, List<Organisation> primaryMedicalServices, List<Organisation> localAuthorities) {

    public EligibleNominators {
        trusts = List.copyOf(trusts);
        primaryMedicalServices = List.copyOf(primaryMedicalServices);
        localAuthorities = List.copyOf(localAuthorities);
    }

    /** The eligible nominators among the organisations that exist on {@code on}. */
    public static EligibleNominators of(Definition definition, LocalDate on) {
        DefinitionIndex index = new DefinitionIndex(definition);
        List<Organisation> trusts = definition.organisations().stream()
                .filter(o -> o.kind() != null && o.kind().isTrust() && o.inArea() && o.existsOn(on)).toList();
        List<Organisation> primary = definition.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.PRIMARY_MEDICAL_SERVICES && o.inArea() && o.existsOn(on)).toList();
        List<Organisation> authorities = index.socialCareAuthorities().stream().filter(o -> o.existsOn(on)).toList();
        return new EligibleNominators(trusts, primary, authorities);
    }

    /** The eligible nominators of one kind of partner member. */
    public List<Organisation> forSector(PartnerSector sector) {
        return switch (sector) {
            case NHS_TRUSTS -> trusts;
            case PRIMARY_MEDICAL_SERVICES -> primaryMedicalServices;
            case LOCAL_AUTHORITY -> localAuthorities;
        };
    }

    /** The eligible nominators of the sector with this key (e.g. {@code nhs-trusts}), for templates; none for an unknown key. */
    public List<Organisation> forSectorKey(String key) {
        return java.util.Arrays.stream(PartnerSector.values()).filter(s -> s.key().equals(key)).findFirst()
                .map(this::forSector).orElse(List.of());
    }

    public boolean isEligible(PartnerSector sector, String organisationId) {
        return forSector(sector).stream().anyMatch(o -> o.id().equals(organisationId));
    }

    /** Who the Act makes eligible, in words a reader of the constitution understands. */
    public static String description(PartnerSector sector) {
        return switch (sector) {
            case NHS_TRUSTS -> "the NHS trusts and NHS foundation trusts that provide services in the ICB's area";
            case PRIMARY_MEDICAL_SERVICES -> "the providers of primary medical services in the ICB's area";
            case LOCAL_AUTHORITY -> "the local authorities whose areas coincide with or include the ICB's area "
                    + "(county, unitary, metropolitan and London borough councils; not district councils)";
        };
    }
}
