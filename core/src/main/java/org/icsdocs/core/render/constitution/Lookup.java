package org.icsdocs.core.render.constitution;

import java.util.List;
import java.util.Optional;
import org.icsdocs.core.model.Board;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * Ids to things, for templates: FreeMarker handles a missing value ({@code ??}) far better than
 * an {@code Optional}, so these return null where the index returns empty.
 */
public final class Lookup {

    private final DefinitionIndex index;
    private final Board board;

    public Lookup(DefinitionIndex index, Board board) {
        this.index = index;
        this.board = board;
    }

    /**
     * A person as the constitution refers to them: by the role they hold, never by name. A
     * constitution sets out roles and how they are filled; who holds them belongs on the website
     * and in the registers (NHS England's guidance on ICB constitutions; DOCUMENTS.md, corrections
     * of 2026-12-01). The board seat's title if they hold one, else their post, else a neutral phrase.
     */
    public String roleOf(Person person) {
        if (person == null) {
            return "";
        }
        if (board != null) {
            for (BoardMember m : board.members()) {
                if (m.person().equals(person.id())) {
                    return "the " + title(m.displayTitle());
                }
            }
        }
        if (person.jobTitle() != null && !person.jobTitle().isBlank()) {
            return "the " + title(person.jobTitle());
        }
        return "a person appointed by the ICB";
    }

    /** "Chief Nurse" stays; "Independent non-executive member" from a role label reads mid-sentence in lower case. */
    private static String title(String t) {
        return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && t.chars().skip(1).filter(Character::isUpperCase).count() == 0
                ? Character.toLowerCase(t.charAt(0)) + t.substring(1) : t;
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
