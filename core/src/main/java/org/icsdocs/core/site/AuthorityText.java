package org.icsdocs.core.site;

import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Money;

/** The authority a decision was taken under, in words, from the scheme of reservation and delegation. */
final class AuthorityText {

    private final Definition definition;

    AuthorityText(Definition definition) {
        this.definition = definition;
    }

    /** E.g. "Joint forward plan and strategies: reserved to the board"; empty when the decision names no category. */
    String of(String body, String category, Money amount) {
        return "";
    }
}
