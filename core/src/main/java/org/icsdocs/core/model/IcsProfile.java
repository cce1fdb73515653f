package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("The integrated care system as a whole.")
public record IcsProfile(
        @Required @Doc("Short id, e.g. kent-and-medway.") String id,
        @Required @Doc("Full name, e.g. Kent and Medway Integrated Care System.") String name,
        @Doc("Name used in running text, e.g. Kent and Medway.") String shortName,
        @Required @Ref(RefKind.ORGANISATION) @Doc("The ICS's integrated care board (an organisation of kind icb).") String icb,
        @Doc("ONS code of the ICB area, e.g. E54000032.") String onsCode,
        @Doc("NHS England region.") String region,
        @Doc("The area in words.") String area,
        @Ref(RefKind.ORGANISATION) @Doc("Upper-tier and unitary local authorities whose area is wholly or partly in the ICS.") List<String> localAuthorities,
        @Doc("Where the ICB's boundary is not coterminous with a local authority's: that authority and the lower layer super output areas of it in the ICB's area (NHS Act 2006 Sch. 1B para 2(b)).") List<PartialArea> partlyInArea,
        @Doc("Population served.") Long population,
        @Doc("Date the ICB was established.") LocalDate established,
        @Doc("What the ICB replaced, e.g. the CCG and its code.") String predecessor,
        @Doc("The vision statement.") String vision,
        @Doc("Aims or purposes, in order.") List<String> aims,
        @Doc("Markdown file describing the system, for the home page.") FileRef about,
        @Doc("Logo image (SVG or PNG) for documents and site.") FileRef logo,
        @Doc("Public website address.") String website,
        @Doc("How the public contacts the ICB (the site's accessibility statement and meeting pages print it).") PublicContact contact,
        @Doc("Statement printed wherever illustrative content appears.") String illustrativeNotice,
        Span at) {

    public IcsProfile {
        localAuthorities = localAuthorities == null ? List.of() : List.copyOf(localAuthorities);
        partlyInArea = partlyInArea == null ? List.of() : List.copyOf(partlyInArea);
        aims = aims == null ? List.of() : List.copyOf(aims);
    }

    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
