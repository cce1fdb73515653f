package org.icsdocs.core.render.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.model.Authorities;
import org.icsdocs.core.model.Authority;
import org.icsdocs.core.model.DecisionCategory;
import org.icsdocs.core.model.SchemeOfDelegation;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * The scheme of reservation and delegation in words, for the handbook's part on it: each
 * category with who may decide it and up to what, holders named by body or role title, never id.
 */
public final class SchemeView {

    /** One category as the handbook prints it. */
    public record Row(String id, String name, String description, boolean reserved, List<String> holders, String source) {
    }

    private final Authorities authorities;
    private final DefinitionIndex index;

    SchemeView(Authorities authorities, DefinitionIndex index) {
        this.authorities = authorities;
        this.index = index;
    }

    public SchemeOfDelegation scheme() {
        return authorities.scheme().orElseThrow();
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<DecisionCategory, List<Authority>> e : authorities.matrix().entrySet()) {
            DecisionCategory c = e.getKey();
            List<String> holders = e.getValue().stream().map(this::holder).toList();
            rows.add(new Row(c.id(), c.name(), c.description(), c.isReserved(), holders, c.source()));
        }
        return rows;
    }

    private String holder(Authority a) {
        String who = a.isRole() ? scheme().role(a.holder()).map(r -> r.title()).orElse("") : index.bodyName(a.holder());
        StringBuilder out = new StringBuilder(who);
        out.append(a.limit() == null ? ", without limit" : ", up to " + a.limit());
        if (a.perYear() != null) {
            out.append(" (").append(a.perYear()).append(" a year)");
        }
        if (a.entry().conditions() != null && !a.entry().conditions().isBlank()) {
            out.append(". ").append(a.entry().conditions().strip());
        }
        return out.toString();
    }
}
