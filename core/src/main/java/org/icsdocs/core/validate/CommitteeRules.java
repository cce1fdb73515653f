package org.icsdocs.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Board;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CommitteeKind;
import org.icsdocs.core.model.CommitteeMember;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Expertise;
import org.icsdocs.core.model.Partnership;
import org.icsdocs.core.model.PartnershipMember;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.model.Quality;
import org.icsdocs.core.model.Quorum;
import org.icsdocs.core.model.Span;

/** CTE: the board's committees and their terms of reference. */
public final class CommitteeRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CTE_001, Rule.CTE_002, Rule.CTE_003, Rule.CTE_004, Rule.CTE_005, Rule.CTE_006);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        DefinitionIndex index = in.index();
        statutoryCommittee(d, index, Rule.CTE_001, CommitteeKind.AUDIT, "audit committee", out);
        statutoryCommittee(d, index, Rule.CTE_002, CommitteeKind.REMUNERATION, "remuneration committee", out);
        d.committees().forEach(c -> termsOfReference(c, d, out));
        quorums(d, out);
        auditChairs(index, out);
        remunerationChairs(index, out);
        quality(d, out);
    }

    // CTE-001, CTE-002 ----------------------------------------------------------------------

    private static void statutoryCommittee(Definition d, DefinitionIndex index, Rule rule, CommitteeKind kind,
                                           String noun, Findings out) {
        List<Committee> ofKind = index.committeesOfKind(kind);
        if (ofKind.stream().anyMatch(c -> index.isBoard(c.reportsTo()))) {
            return;
        }
        String board = boardName(d, index);
        if (!ofKind.isEmpty()) {
            Committee c = ofKind.get(0);
            String reportsTo = c.reportsTo() == null ? "no body" : index.bodyName(c.reportsTo());
            out.report(rule, c.at().of("reportsTo"), null,
                    "The " + c.name() + " is " + article(noun) + ", but it reports to " + reportsTo + ", so " + board + " has no " + noun + " of its own",
                    "The board must establish its own " + noun + ": set 'reports-to: " + boardId(d) + "'.");
            return;
        }
        // The rule is about the board ("the board has an audit committee"), so point at the board's definition.
        Location where = d.board() != null ? d.board().at().at() : fallback(d);
        out.report(rule, where, null, capitalise(board) + " has no " + noun,
                "Add a committee with 'kind: " + kind.key() + "' and 'reports-to: " + boardId(d) + "'; every ICB board must have one.");
    }

    // CTE-003 --------------------------------------------------------------------------------

    private static void termsOfReference(Committee c, Definition d, Findings out) {
        List<String> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (blank(c.purpose())) {
            missing.add("its purpose");
            keys.add("purpose");
        }
        if (blank(c.chair())) {
            missing.add("its chair");
            keys.add("chair");
        }
        if (c.members().isEmpty()) {
            missing.add("its members");
            keys.add("members");
        }
        if (c.quorum() == null) {
            missing.add("its quorum");
            keys.add("quorum");
        }
        boolean delegatedTo = d.delegations().stream().anyMatch(x -> x.to() != null && x.to().equals(c.id()));
        if (c.responsibilities().isEmpty() && !delegatedTo) {
            missing.add("the functions delegated to it");
            keys.add("responsibilities");
        }
        if (blank(c.reportsTo())) {
            missing.add("the body it reports to");
            keys.add("reportsTo");
        }
        if (missing.isEmpty()) {
            return;
        }
        Location where = keys.size() == 1 ? c.at().of(keys.get(0)) : c.at().at();
        out.report(Rule.CTE_003, where, c.id(), "The terms of reference of the " + c.name() + " do not give " + joined(missing),
                "Add " + joined(keys.stream().map(CommitteeRules::describeKey).toList()) + " to committee '" + c.id() + "'.");
    }

    private static String describeKey(String key) {
        return switch (key) {
            case "responsibilities" -> "'responsibilities:' (or a delegation with 'to: <committee>')";
            case "reportsTo" -> "'reports-to:'";
            default -> "'" + key + ":'";
        };
    }

    // CTE-004 --------------------------------------------------------------------------------

    private static void quorums(Definition d, Findings out) {
        Board board = d.board();
        if (board != null) {
            quorum(board.quorum(), board.voting().stream().map(BoardMember::person).distinct().count(),
                    board.name() == null ? "the board" : board.name(), board.id(), out);
        }
        for (Committee c : d.committees()) {
            quorum(c.quorum(), c.votingMembers().stream().map(CommitteeMember::person).distinct().count(),
                    "the " + c.name(), c.id(), out);
        }
        Partnership icp = d.icp();
        if (icp != null) {
            quorum(icp.quorum(), icp.members().stream().map(PartnershipMember::person).filter(p -> p != null).distinct().count(),
                    "the " + icp.name(), icp.id(), out);
        }
    }

    private static void quorum(Quorum q, long voting, String name, String subject, Findings out) {
        if (q == null || q.members() == null) {
            return;
        }
        Location where = q.at().of("members");
        if (q.members() < 1) {
            out.report(Rule.CTE_004, where, subject, "The quorum of " + name + " is " + q.members() + " members; a quorum needs at least one",
                    "Set 'quorum: { members: N }' to the number of voting members who must be present.");
        } else if (q.members() > voting) {
            out.report(Rule.CTE_004, where, subject, "The quorum of " + name + " is " + q.members() + " voting members, but it has only "
                            + voting + ", so no meeting of it can be quorate",
                    "Lower the quorum, or add voting members.");
        }
    }

    // CTE-005 --------------------------------------------------------------------------------

    private static void auditChairs(DefinitionIndex index, Findings out) {
        for (Committee c : index.committeesOfKind(CommitteeKind.AUDIT)) {
            if (blank(c.chair())) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            BoardMember seat = index.boardSeatOf(c.chair()).orElse(null);
            if (seat == null) {
                problems.add("does not sit on the board");
            } else if (seat.role() == BoardRole.CHAIR) {
                problems.add("is the chair of the board");
            } else if (seat.role() != BoardRole.INDEPENDENT_NON_EXECUTIVE) {
                problems.add("sits on the board as " + article(seat.role().label()) + ", not as an independent non-executive member");
            }
            Person chair = index.person(c.chair()).orElse(null);
            if (chair != null && !chair.has(Expertise.AUDIT) && !chair.has(Expertise.FINANCE)) {
                problems.add("has no recorded audit or finance expertise");
            }
            if (!problems.isEmpty()) {
                out.report(Rule.CTE_005, c.at().of("chair"), c.id(),
                        index.personName(c.chair()) + ", who chairs the " + c.name() + ", " + joined(problems),
                        "The audit committee is chaired by an independent non-executive member with audit or finance expertise "
                                + "(record it under 'expertise:') who is not the board chair.");
            }
        }
    }

    private static void remunerationChairs(DefinitionIndex index, Findings out) {
        List<String> auditChairs = index.committeesOfKind(CommitteeKind.AUDIT).stream().map(Committee::chair).toList();
        for (Committee c : index.committeesOfKind(CommitteeKind.REMUNERATION)) {
            if (blank(c.chair())) {
                continue;
            }
            BoardMember seat = index.boardSeatOf(c.chair()).orElse(null);
            String problem;
            if (seat == null) {
                problem = "does not sit on the board";
            } else if (seat.role() == BoardRole.CHAIR) {
                problem = "is the chair of the board";
            } else if (!seat.role().isNonExecutive()) {
                problem = "sits on the board as " + article(seat.role().label()) + ", not as a non-executive member";
            } else if (auditChairs.contains(c.chair())) {
                problem = "also chairs the audit committee";
            } else {
                continue;
            }
            out.report(Rule.CTE_005, c.at().of("chair"), c.id(), index.personName(c.chair()) + ", who chairs the " + c.name() + ", " + problem,
                    "The remuneration committee is chaired by an independent non-executive member who neither chairs the board nor the audit committee.");
        }
    }

    // CTE-006 --------------------------------------------------------------------------------

    private static void quality(Definition d, Findings out) {
        if (d.committees().stream().noneMatch(c -> c.kind() == CommitteeKind.QUALITY)) {
            out.report(Rule.CTE_006, fallback(d), null, "There is no committee for quality: no committee has 'kind: quality'",
                    "Add the board's quality committee with 'kind: quality' and 'reports-to: " + boardId(d) + "'.");
        }
        Quality q = d.quality();
        if (q == null || q.systemQualityGroup() == null) {
            Location where = q == null ? fallback(d) : q.at().at();
            out.report(Rule.CTE_006, where, null, "The definition does not record the System Quality Group the ICB leads",
                    "Add 'quality: { system-quality-group: { title: … }, lead: <person> }'.");
        }
    }

    // ---------------------------------------------------------------------------------------

    /** Where a system-wide finding about committees goes when there is nothing more precise. */
    private static Location fallback(Definition d) {
        if (!d.committees().isEmpty()) {
            return d.committees().get(0).at().at(); // the list it belongs in, at a real line
        }
        return d.board() != null ? d.board().at().at() : Span.NONE.at();
    }

    private static String boardName(Definition d, DefinitionIndex index) {
        return d.board() == null ? "the board" : index.bodyName(d.board().id());
    }

    private static String boardId(Definition d) {
        return d.board() == null ? Board.DEFAULT_ID : d.board().id();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "a, b and c". */
    static String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String article(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
