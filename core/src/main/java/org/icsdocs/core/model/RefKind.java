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
    /** A decision category of the scheme of reservation and delegation. */
    DECISION_CATEGORY("decision category of the scheme of reservation and delegation"),
    /** An officer role of the scheme of reservation and delegation. */
    ROLE("officer role of the scheme of reservation and delegation"),
    /** A holder in the scheme: a body or an officer role. */
    HOLDER("body or officer role"),
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
