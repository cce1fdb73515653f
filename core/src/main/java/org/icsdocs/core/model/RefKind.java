package org.icsdocs.core.model;

/** The kinds of thing a definition gives ids to. Ids are unique within their kind. */
public enum RefKind {
    PERSON("person"),
    ORGANISATION("organisation"),
    COMMITTEE("committee"),
    PLACE("place"),
    COLLABORATIVE("provider collaborative"),
    FUNCTION("function"),
    MEETING("meeting"),
    BUDGET("budget"),
    /** Anything that can hold, receive or be reported to: the board, committees, the ICP, places, collaboratives, organisations. */
    BODY("body");

    private final String noun;

    RefKind(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
