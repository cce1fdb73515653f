package org.icsdocs.core.model;

/**
 * A local authority area that a place covers only in part, and which part, in words. Places are
 * not statutory areas, so the part is described as the ICB describes it (for Kent and Medway,
 * Swanley and the north of Sevenoaks district in Dartford, Gravesham and Swanley; the rest of the
 * district in West Kent); the ICB's own area is where lower layer super output areas are needed.
 */
@Doc("A local authority area the place covers only in part, and which part.")
public record PlacePart(
        @Required @Ref(RefKind.ORGANISATION) @Doc("The local authority, which is also listed in the place's areas.") String authority,
        @Required @Doc("Which part of its area the place covers, in words, e.g. Swanley and the north of the district.") String part,
        Span at) {
}
