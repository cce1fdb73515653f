package org.icsdocs.core.render.constitution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icsdocs.core.model.Board;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Constitution;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.PartnerSector;
import org.icsdocs.core.model.Quorum;
import org.icsdocs.core.model.QuorumRequirement;
import org.icsdocs.core.model.TermOfOffice;

/**
 * The facts about the board that more than one output prints, each worded once: the seats and
 * who nominates them, who appoints and approves each role, the terms of office and the quorum.
 * The constitution (HTML, PDF and Word, from one clause source), the website's board page and the
 * functions and decision map all print these sentences, so they cannot disagree; a template that
 * writes one of these facts itself is what ConsistentBoardFactsTest catches.
 *
 * <p>Who appoints: NHS Act 2006 Sch. 1B para 5 (the chair: NHS England, with the Secretary of
 * State's approval) and para 7 (the chief executive: the chair, with NHS England's approval);
 * for the ordinary members, as the constitution specifies (para 8), following NHS England's model
 * constitution sections 3.5 to 3.11 as Hertfordshire and West Essex ICB's constitution applies it
 * (partner members: the chair, with the chief executive's approval; executive members: the chief
 * executive, with the chair's approval; independent non-executive members: the chair, with the
 * board's approval).
 */
public final class BoardFacts {

    private static final Texts TEXTS = new Texts();

    private final BoardView board;
    private final Constitution constitution;

    public BoardFacts(BoardView board, Constitution constitution) {
        this.board = board;
        this.constitution = constitution;
    }

    public BoardView board() {
        return board;
    }

    /** A sector's name for a label: "NHS trusts and foundation trusts", "primary medical services". */
    public String sectorLabel(BoardView.Sector sector) {
        return sectorName(sector.sector()).replace("providers of ", "");
    }

    /** "NHS England, with the approval of the Secretary of State": who appoints to a role, for the table and the clauses. */
    public String appointedBy(BoardRole role) {
        return switch (role) {
            case CHAIR -> "NHS England, with the approval of the Secretary of State";
            case CHIEF_EXECUTIVE -> "the chair, with the approval of NHS England";
            case PARTNER_MEMBER -> "the chair, with the approval of the chief executive";
            case INDEPENDENT_NON_EXECUTIVE, OTHER_MEMBER -> "the chair, with the approval of the board";
            case PARTICIPANT -> "invitation of the chair";
            default -> role.isExecutive() ? "the chief executive, with the approval of the chair" : "the chair";
        };
    }

    /** The same, starting a table cell: "The chair, with the approval of the board". */
    public String appointedByCell(BoardRole role) {
        return TEXTS.capitalise(appointedBy(role));
    }

    /** The sector's name in running text: "NHS trusts and foundation trusts". */
    public static String sectorName(PartnerSector sector) {
        return switch (sector) {
            case NHS_TRUSTS -> "NHS trusts and foundation trusts";
            case PRIMARY_MEDICAL_SERVICES -> "providers of primary medical services";
            case LOCAL_AUTHORITY -> "local authorities";
        };
    }

    /**
     * Who nominates a sector's seats, as one phrase. Where every seat shares its nominators:
     * "nominated jointly by the local authorities eligible to nominate"; where the seats are
     * filled from different nominators: "one nominated by Kent County Council and one by Medway
     * Council".
     */
    public String nominations(BoardView.Sector sector) {
        if (jointly(sector)) {
            return "nominated jointly by the " + sectorName(sector.sector()) + " eligible to nominate";
        }
        List<String> parts = new ArrayList<>();
        for (BoardView.Nomination n : sector.nominations()) {
            String who = n.organisations().isEmpty() ? "the eligible " + sectorName(sector.sector())
                    : TEXTS.list(n.organisations().stream().map(Organisation::name).toList());
            parts.add(TEXTS.count(n.seats()) + (parts.isEmpty() ? " nominated by " : " by ") + who);
        }
        return TEXTS.list(parts);
    }

    /** Whether all of a sector's seats are nominated by the same organisations, jointly. */
    public boolean jointly(BoardView.Sector sector) {
        return sector.nominations().size() <= 1;
    }

    /** Whether every sector's seats are nominated jointly by the same organisations. */
    public boolean allJointly() {
        return board.sectors().stream().allMatch(this::jointly);
    }

    /** The seats of each sector in words: "two from NHS trusts and foundation trusts". */
    public List<String> partnerSeats() {
        return board.sectors().stream().map(s -> TEXTS.count(s.seats().size()) + " from " + sectorName(s.sector())).toList();
    }

    /** The make-up of the board, in the model constitution's order, as the items of one list. */
    public List<String> makeUp() {
        List<String> items = new ArrayList<>();
        if (!board.withRole(BoardRole.CHAIR).isEmpty()) {
            items.add("the chair");
        }
        if (!board.withRole(BoardRole.CHIEF_EXECUTIVE).isEmpty()) {
            items.add("the chief executive");
        }
        int partners = board.withRole(BoardRole.PARTNER_MEMBER).size();
        if (partners > 0) {
            List<String> seats = partnerSeats();
            items.add(TEXTS.count(partners, "partner member", "partner members") + (seats.isEmpty() ? "" : ": " + TEXTS.list(seats)));
        }
        List<BoardView.Seat> execs = board.executives().stream().filter(s -> s.member().role() != BoardRole.CHIEF_EXECUTIVE).toList();
        if (!execs.isEmpty()) {
            items.add(TEXTS.count(execs.size(), "other executive member", "other executive members") + ": "
                    + TEXTS.list(execs.stream().map(s -> "the " + (s.member().title() != null ? s.title() : TEXTS.lower(s.member().role().label()))).toList()));
        }
        int ines = board.withRole(BoardRole.INDEPENDENT_NON_EXECUTIVE).size();
        if (ines > 0) {
            items.add(TEXTS.count(ines, "independent non-executive member", "independent non-executive members"));
        }
        int others = board.withRole(BoardRole.OTHER_MEMBER).size();
        if (others > 0) {
            items.add(TEXTS.count(others, "other member", "other members"));
        }
        int participants = board.withRole(BoardRole.PARTICIPANT).size();
        if (participants > 0) {
            items.add(TEXTS.count(participants, "participant", "participants") + " without a vote");
        }
        return items;
    }

    /** The constitution's term for a role, if it sets one. */
    public Optional<TermOfOffice> termOf(BoardRole role) {
        return constitution == null ? Optional.empty()
                : constitution.termsOfOffice().stream().filter(t -> t.role() == role).findFirst();
    }

    /** The roles with a fixed term, in the constitution's order. */
    public List<TermOfOffice> terms() {
        return constitution == null ? List.of() : constitution.termsOfOffice();
    }

    /** "Independent non-executive members: a term of four years, and no more than eight years in the role in total". */
    public String term(TermOfOffice t) {
        return TEXTS.capitalise(termHolders(t.role())) + ": a term of " + TEXTS.count(t.years(), "year", "years")
                + (t.maximumYears() == null ? "" : ", and no more than " + TEXTS.count(t.maximumYears(), "year", "years") + " in the role in total");
    }

    /** Who holds a role with a term, in a sentence: "the chair", "partner members". */
    public static String termHolders(BoardRole role) {
        return switch (role) {
            case CHAIR -> "the chair";
            case INDEPENDENT_NON_EXECUTIVE -> "independent non-executive members";
            case PARTNER_MEMBER -> "partner members";
            case OTHER_MEMBER -> "other members";
            default -> TEXTS.lower(role.label());
        };
    }

    /** The voting members the quorum is counted from. */
    public int votingMembers() {
        return board.votingCount();
    }

    /**
     * The board's quorum, completing "A meeting of the board is quorate when ...": "eight voting
     * members are present, a majority of its fourteen voting members, including the chair or the
     * deputy chair, ...". Whether it is a majority is worked out, not written by hand.
     */
    public String quorum() {
        Board b = board.board();
        Quorum q = b == null ? null : b.quorum();
        if (q == null || q.members() == null) {
            return "";
        }
        int voting = votingMembers();
        String share = voting == 0 ? ""
                : 2 * q.members() > voting ? ", a majority of the board's " + TEXTS.count(voting) + " voting members"
                : 2 * q.members() == voting ? ", half of the board's " + TEXTS.count(voting) + " voting members"
                : ", fewer than half of the board's " + TEXTS.count(voting) + " voting members";
        return TEXTS.count(q.members(), "voting member is", "voting members are") + " present" + share
                + (q.including().isEmpty() ? "" : ", including " + requirements(q.including(), false));
    }

    /** {@link #requirements}, for templates. */
    public String including(List<QuorumRequirement> including, boolean committee) {
        return requirements(including, committee);
    }

    /** What a quorum must include, in words; a committee has a vice chair where the board has a deputy chair. */
    public static String requirements(List<QuorumRequirement> including, boolean committee) {
        return TEXTS.list(including.stream().map(r -> switch (r) {
            case CHAIR_OR_DEPUTY -> committee ? "its chair or vice chair" : "the chair or the deputy chair";
            case EXECUTIVE -> "at least one executive member";
            case INDEPENDENT_NON_EXECUTIVE -> "at least one independent non-executive member";
            case PARTNER_MEMBER -> "at least one partner member";
            case CLINICAL -> "at least one member with a clinical qualification";
        }).toList());
    }
}
