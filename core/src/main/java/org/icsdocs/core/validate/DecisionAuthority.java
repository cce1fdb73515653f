package org.icsdocs.core.validate;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Authorities;
import org.icsdocs.core.model.Authority;
import org.icsdocs.core.model.DecisionCategory;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.SchemeRole;
import org.icsdocs.core.model.Span;

/**
 * REC-001: whether the body that took a decision could take it under the scheme of reservation and
 * delegation, at its amount. Quiet when the definition has no scheme, when the decision names no
 * category, or when the category is unknown (STR-001 reports that reference once).
 */
final class DecisionAuthority {

    private final Authorities authorities;
    private final DefinitionIndex index;

    private DecisionAuthority(Authorities authorities, DefinitionIndex index) {
        this.authorities = authorities;
        this.index = index;
    }

    static DecisionAuthority of(RuleInput in) {
        return new DecisionAuthority(Authorities.of(in.definition()), in.index());
    }

    void check(String body, String category, Money amount, Span at, String subject, String what, Findings out) {
        if (!authorities.present() || body == null || category == null) {
            return;
        }
        Optional<DecisionCategory> c = authorities.category(category);
        if (c.isEmpty() || authorities.authorityFor(category, amount, body).isPresent()) {
            return;
        }
        String name = c.get().name();
        Optional<Authority> own = authorities.holders(category).stream().filter(a -> a.holder().equals(body)).findFirst();
        List<Authority> able = authorities.whoMayDecide(category, amount);
        String holders = able.isEmpty() ? "nobody in the scheme" : able.stream().map(this::describe).collect(Collectors.joining(", or "));
        String message = own.isPresent()
                ? what + " was taken by " + index.bodyName(body) + " for " + amount + ", above its limit of " + own.get().limit()
                        + " for '" + name + "' in the scheme of reservation and delegation; at that amount the decision is for " + holders
                : what + " was taken by " + index.bodyName(body) + ", which the scheme of reservation and delegation gives no authority for '"
                        + name + "'" + (c.get().isReserved() ? " (reserved to the board)" : "") + "; the decision is for " + holders;
        out.report(Rule.REC_001, at.of(amount != null && own.isPresent() ? "amount" : "category"), subject, message,
                "Record the decision as taken (or ratified) by a body that holds the authority, or correct its category or amount.");
    }

    /** A holder as the scheme prints it: the body's name or the role's title, with its limit. */
    private String describe(Authority a) {
        String who = a.isRole()
                ? authorities.scheme().flatMap(s -> s.role(a.holder())).map(SchemeRole::title).orElse(a.holder())
                : index.bodyName(a.holder());
        return who + (a.limit() == null ? " (no limit)" : " (up to " + a.limit() + ")");
    }
}
