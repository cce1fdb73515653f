package org.icsdocs.core.model;

import java.util.List;

@Doc("The ICB's unitary board.")
public record Board(
        @Doc("Id used to refer to the board as a body (default: board).") String id,
        @Doc("Name, e.g. NHS Kent and Medway Board.") String name,
        @Required @Doc("How many members make a meeting quorate, and which kinds must be present.") Quorum quorum,
        @Required @Doc("The members of the board.") List<BoardMember> members,
        @Doc("How often it meets, e.g. every two months.") String meetingFrequency,
        Span at) {

    public static final String DEFAULT_ID = "board";

    public Board {
        members = members == null ? List.of() : List.copyOf(members);
    }

    @Override
    public String id() {
        return id == null ? DEFAULT_ID : id;
    }

    public List<BoardMember> withRole(BoardRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }

    public List<BoardMember> voting() {
        return members.stream().filter(BoardMember::isVoting).toList();
    }
}
