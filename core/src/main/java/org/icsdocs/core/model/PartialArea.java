package org.icsdocs.core.model;

import java.util.List;

@Doc("A local authority only part of whose area is in the ICB's area, and the lower layer super output areas of it that are.")
public record PartialArea(
        @Required @Ref(RefKind.ORGANISATION) @Doc("The local authority (a district, unitary or county council) whose area the ICB's boundary divides.") String authority,
        @Required @Doc("The lower layer super output areas of the authority's area that are in the ICB's area, by code (E01 and six digits).") List<LsoaCode> lsoas,
        Span at) {

    public PartialArea {
        lsoas = lsoas == null ? List.of() : List.copyOf(lsoas);
    }
}
