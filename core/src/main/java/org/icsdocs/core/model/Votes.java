package org.icsdocs.core.model;

@Doc("A vote's count: members in favour, against and abstaining. Absent means the resolution was agreed by consensus.")
public record Votes(
        @Required @Doc("Members who voted for.") Integer inFavour,
        @Required @Doc("Members who voted against.") Integer against,
        @Doc("Members who abstained.") Integer abstained,
        Span at) {

    public int cast() {
        return (inFavour == null ? 0 : inFavour) + (against == null ? 0 : against) + (abstained == null ? 0 : abstained);
    }
}
