package org.icsdocs.core.render.constitution;

import java.util.List;
import java.util.Optional;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * Ids to things, for templates: FreeMarker handles a missing value ({@code ??}) far better than
 * an {@code Optional}, so these return null where the index returns empty.
 */
public final class Lookup {

    private final DefinitionIndex index;

    public Lookup(DefinitionIndex index) {
        this.index = index;
    }

    public Person person(String id) {
        return index.person(id).orElse(null);
    }

    public Organisation organisation(String id) {
        return index.organisation(id).orElse(null);
    }

    public List<Organisation> organisations(List<String> ids) {
        return ids.stream().map(index::organisation).flatMap(Optional::stream).toList();
    }

    /** A readable name for any body: the board, the ICP, a committee, place, collaborative or organisation. */
    public String body(String id) {
        return id == null ? "" : index.bodyName(id);
    }
}
