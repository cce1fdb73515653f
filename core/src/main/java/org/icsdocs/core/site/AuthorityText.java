package org.icsdocs.core.site;

import java.util.Optional;
import org.icsdocs.core.model.Authorities;
import org.icsdocs.core.model.Authority;
import org.icsdocs.core.model.DecisionCategory;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.validate.DefinitionIndex;

/** The authority a decision was taken under, in words, from the scheme of reservation and delegation. */
final class AuthorityText {

    private final Authorities authorities;
    private final DefinitionIndex index;

    AuthorityText(Definition definition, DefinitionIndex index) {
        this.authorities = Authorities.of(definition);
        this.index = index;
    }

    /**
     * E.g. "Agree the joint forward plan…: reserved to the board", or "Award a contract…: the
     * committee's delegation, up to £25m"; empty when the decision names no category the scheme has.
     */
    String of(String body, String category, Money amount) {
        Optional<DecisionCategory> c = category == null ? Optional.empty() : authorities.category(category);
        if (c.isEmpty()) {
            return "";
        }
        if (c.get().isReserved()) {
            return c.get().name() + ": reserved to the board";
        }
        Optional<Authority> a = body == null ? Optional.empty() : authorities.authorityFor(category, amount, body);
        if (a.isEmpty()) {
            return c.get().name();
        }
        String who = a.get().isRole() ? "delegated" : "held by " + index.bodyName(a.get().holder());
        return c.get().name() + ": " + who + (a.get().limit() == null ? ", with no limit" : ", up to " + a.get().limit());
    }
}
