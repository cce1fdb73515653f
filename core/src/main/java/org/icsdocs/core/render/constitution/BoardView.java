package org.icsdocs.core.render.constitution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.icsdocs.core.model.Board;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Expertise;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.PartnerSector;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * The board as the constitution describes it: members grouped the way the model constitution
 * lists them, partner members counted by sector with who nominates them, and the roles present
 * for the appointments section. Everything here is derived from {@code board.members}, so adding
 * or removing a seat changes the table, the counts and the appointments together.
 */
public final class BoardView {

    /** One seat, with the people and organisations it names resolved. */
    public record Seat(BoardMember member, Person person, String title, List<Organisation> nominators,
                       Organisation appointedBy, Organisation approvedBy) {

        public String name() {
            return person == null ? member.person() : person.displayName();
        }

        public boolean illustrative() {
            return person != null && Boolean.TRUE.equals(person.illustrative());
        }
    }

    /** A heading of the composition table and the seats under it. */
    public record Group(String key, String heading, List<Seat> seats) {
    }

    /** Seats of one sector that share the same nominating organisations. */
    public record Nomination(int seats, List<Organisation> organisations) {
    }

    /** The partner members of one sector: how many, and who nominates them. */
    public record Sector(PartnerSector sector, String key, List<Seat> seats, List<Nomination> nominations) {
    }

    /** A role of the appointments section and the seats that hold it. */
    public record Role(BoardRole role, String key, Sector sector, List<Seat> seats) {
    }

    private final Board board;
    private final List<Seat> seats;

    public BoardView(Board board, DefinitionIndex index) {
        this.board = board;
        this.seats = board == null ? List.of() : board.members().stream().map(m -> seat(m, index)).toList();
    }

    private static Seat seat(BoardMember m, DefinitionIndex index) {
        List<Organisation> nominators = m.nominatedBy().stream().flatMap(id -> index.organisation(id).stream()).toList();
        return new Seat(m, index.person(m.person()).orElse(null), m.displayTitle(), nominators,
                index.organisation(m.appointedBy()).orElse(null), index.organisation(m.approvedBy()).orElse(null));
    }

    public Board board() {
        return board;
    }

    public List<Seat> seats() {
        return seats;
    }

    public int votingCount() {
        return (int) seats.stream().filter(s -> s.member().isVoting()).count();
    }

    /** Groups in the order of the model constitution; empty groups are left out. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        add(groups, "chair", "Chair", s -> s.member().role() == BoardRole.CHAIR);
        add(groups, "independent", "Independent non-executive members", s -> s.member().role() == BoardRole.INDEPENDENT_NON_EXECUTIVE);
        add(groups, "executive", "Executive members", s -> s.member().role().isExecutive());
        add(groups, "partner", "Partner members", s -> s.member().role() == BoardRole.PARTNER_MEMBER);
        add(groups, "other", "Other members", s -> s.member().role() == BoardRole.OTHER_MEMBER);
        add(groups, "participant", "Participants", s -> s.member().role() == BoardRole.PARTICIPANT);
        return groups;
    }

    private void add(List<Group> groups, String key, String heading, Predicate<Seat> filter) {
        List<Seat> in = seats.stream().filter(filter).toList();
        if (!in.isEmpty()) {
            groups.add(new Group(key, heading, key.equals("partner") ? bySector(in) : in));
        }
    }

    private static List<Seat> bySector(List<Seat> partners) {
        return partners.stream().sorted(Comparator.comparing((Seat s) -> s.member().partnerSector() == null
                ? PartnerSector.values().length : s.member().partnerSector().ordinal())).toList();
    }

    public List<Seat> withRole(BoardRole role) {
        return seats.stream().filter(s -> s.member().role() == role).toList();
    }

    public List<Seat> executives() {
        return seats.stream().filter(s -> s.member().role().isExecutive()).toList();
    }

    public List<Seat> deputyChairs() {
        return seats.stream().filter(s -> s.member().isDeputyChair()).toList();
    }

    public List<Seat> seniorIndependentMembers() {
        return seats.stream().filter(s -> s.member().isSeniorIndependentMember()).toList();
    }

    /** Members without a vote, of any role. */
    public List<Seat> nonVoting() {
        return seats.stream().filter(s -> !s.member().isVoting()).toList();
    }

    /** Partner members by sector, in the order of the Act; a sector with no seat is left out. */
    public List<Sector> sectors() {
        List<Sector> out = new ArrayList<>();
        for (PartnerSector sector : PartnerSector.values()) {
            List<Seat> in = seats.stream().filter(s -> s.member().role() == BoardRole.PARTNER_MEMBER && s.member().partnerSector() == sector).toList();
            if (!in.isEmpty()) {
                out.add(new Sector(sector, sector.key(), in, nominations(in)));
            }
        }
        return out;
    }

    private static List<Nomination> nominations(List<Seat> in) {
        Map<List<String>, List<Seat>> byNominators = new LinkedHashMap<>(); // definition order of first seat
        for (Seat s : in) {
            byNominators.computeIfAbsent(s.nominators().stream().map(Organisation::id).toList(), k -> new ArrayList<>()).add(s);
        }
        return byNominators.values().stream().map(list -> new Nomination(list.size(), list.get(0).nominators())).toList();
    }

    /** Partner members whose sector is not recorded; the constitution still lists them. */
    public List<Seat> partnersWithoutSector() {
        return seats.stream().filter(s -> s.member().role() == BoardRole.PARTNER_MEMBER && s.member().partnerSector() == null).toList();
    }

    /** The roles of the appointments section, in the model constitution's order, each once. */
    public List<Role> roles() {
        List<Role> out = new ArrayList<>();
        role(out, BoardRole.CHAIR);
        role(out, BoardRole.CHIEF_EXECUTIVE);
        for (Sector sector : sectors()) {
            out.add(new Role(BoardRole.PARTNER_MEMBER, "partner-" + sector.key(), sector, sector.seats()));
        }
        List<Seat> unsorted = partnersWithoutSector();
        if (!unsorted.isEmpty()) {
            out.add(new Role(BoardRole.PARTNER_MEMBER, "partner-member", null, unsorted));
        }
        for (BoardRole r : List.of(BoardRole.MEDICAL_DIRECTOR, BoardRole.DIRECTOR_OF_NURSING, BoardRole.DIRECTOR_OF_FINANCE,
                BoardRole.OTHER_EXECUTIVE, BoardRole.INDEPENDENT_NON_EXECUTIVE, BoardRole.OTHER_MEMBER, BoardRole.PARTICIPANT)) {
            role(out, r);
        }
        return out;
    }

    private void role(List<Role> out, BoardRole role) {
        List<Seat> in = withRole(role);
        if (!in.isEmpty()) {
            out.add(new Role(role, role.key(), null, in));
        }
    }

    /** One row of the constitution's table of roles: no names, only the role, how many, and how it is filled. */
    public record RoleRow(String heading, int count, boolean voting, Sector sector, BoardRole role) {

        public String sectorKey() {
            return sector == null ? null : sector.key();
        }
    }

    /** The roles of the board with their numbers, in the model constitution's order; who appoints is {@link BoardFacts#appointedBy}. */
    public List<RoleRow> roleRows() {
        List<RoleRow> rows = new ArrayList<>();
        for (Role r : roles()) {
            String heading = r.sector() != null ? "Partner member: " + BoardFacts.sectorName(r.sector().sector()).replace("providers of ", "")
                    : r.role() == BoardRole.PARTNER_MEMBER ? "Partner member" : r.role().label();
            boolean voting = r.seats().stream().anyMatch(s -> s.member().isVoting());
            rows.add(new RoleRow(heading, r.seats().size(), voting, r.sector(), r.role()));
        }
        return rows;
    }

    /**
     * Seats reserved for the ordinary member with knowledge and experience of mental illness
     * services: those whose title says so, else those of ordinary members the definition records
     * as bringing that expertise.
     */
    public List<Seat> mentalHealthSeats() {
        List<Seat> ordinary = seats.stream().filter(s -> s.member().role() != BoardRole.CHAIR && s.member().role() != BoardRole.CHIEF_EXECUTIVE).toList();
        List<Seat> titled = ordinary.stream().filter(s -> s.title().toLowerCase(java.util.Locale.ROOT).contains("mental health")).toList();
        return !titled.isEmpty() ? titled : ordinary.stream().filter(s -> s.person() != null && s.person().has(Expertise.MENTAL_HEALTH)).toList();
    }
}
