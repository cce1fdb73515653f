package org.icsdocs.core.validate;

import static org.icsdocs.core.validate.CommitteeRules.blank;
import static org.icsdocs.core.validate.CommitteeRules.joined;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.AttendanceStatus;
import org.icsdocs.core.model.Attendance;
import org.icsdocs.core.model.Board;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CommitteeMember;
import org.icsdocs.core.model.CoverSheet;
import org.icsdocs.core.model.Expertise;
import org.icsdocs.core.model.ItemKind;
import org.icsdocs.core.model.ItemPurpose;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.MeetingStatus;
import org.icsdocs.core.model.Partnership;
import org.icsdocs.core.model.PartnershipMember;
import org.icsdocs.core.model.Quorum;
import org.icsdocs.core.model.QuorumRequirement;
import org.icsdocs.core.model.RefKind;

/** MTG: meetings and board packs. */
public final class MeetingRules implements RuleFamily {

    /** How far ahead of a board meeting held in public its papers are expected (MTG-004). */
    static final int PAPERS_NOTICE_DAYS = 7;

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.MTG_001, Rule.MTG_002, Rule.MTG_003, Rule.MTG_004, Rule.MTG_005);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        DefinitionIndex index = in.index();
        for (Meeting m : in.definition().meetings()) {
            basics(m, index, out);
            m.items().forEach(item -> item(m, item, out));
            m.items().forEach(item -> coverSheet(m, item, out));
            quorate(m, index, in.context().asOf(), out);
            if (m.body() != null && index.isBoard(m.body())) {
                openness(m, index, out);
            }
        }
    }

    /** How messages name a meeting: by its body and date where known, else by its id. */
    static String describe(Meeting m, DefinitionIndex index) {
        if (m.body() != null && index.resolves(RefKind.BODY, m.body())) {
            return "the meeting of " + index.bodyName(m.body()) + (m.date() != null ? " on " + m.date() : " '" + m.id() + "'");
        }
        return "meeting '" + m.id() + "'" + (m.date() != null ? " on " + m.date() : "");
    }

    // MTG-001 --------------------------------------------------------------------------------

    private static void basics(Meeting m, DefinitionIndex index, Findings out) {
        if (blank(m.body())) {
            out.report(Rule.MTG_001, m.at().of("body"), m.id(), "Meeting '" + m.id() + "' does not say which body it is a meeting of",
                    "Add 'body:' with the id of the board, a committee or the ICP.");
        }
        // A body id that does not resolve is reported once, by STR-001, with a did-you-mean hint.
        if (m.date() == null) {
            out.report(Rule.MTG_001, m.at().of("date"), m.id(), "Meeting '" + m.id() + "' has no date", "Add 'date:' (e.g. 2026-09-10).");
        }
        if (m.inPublic() == null) {
            out.report(Rule.MTG_001, m.at().of("inPublic"), m.id(), "Meeting '" + m.id() + "' does not say whether it is held in public",
                    "Add 'in-public: true', or 'in-public: false' with the 'private-reason:'.");
        }
    }

    // MTG-002 --------------------------------------------------------------------------------

    private static void item(Meeting m, AgendaItem item, Findings out) {
        List<String> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (item.purpose() == null) {
            missing.add("no purpose");
            keys.add("purpose");
        }
        if (blank(item.presenter())) {
            missing.add("no presenter");
            keys.add("presenter");
        }
        if (item.paper() == null && item.kind() != ItemKind.VERBAL) {
            missing.add(item.kind() == null ? "no paper and is not marked verbal" : "no paper, though it is " + article(item.kind()) + ", not a verbal item");
            keys.add("paper");
        }
        if (missing.isEmpty()) {
            return;
        }
        Location where = keys.size() == 1 ? item.at().of(keys.get(0)) : item.at().at();
        out.report(Rule.MTG_002, where, m.id(), "Agenda item '" + item.title() + "' of meeting '" + m.id() + "' has " + joined(missing),
                "Give every item 'purpose:' (approval, decision, assurance, discussion or information), 'presenter:', "
                        + "and either 'paper:' or 'kind: verbal'.");
    }

    private static String article(ItemKind kind) {
        return kind == ItemKind.ENCLOSURE ? "an enclosure" : "a " + kind.key();
    }

    // MTG-005 --------------------------------------------------------------------------------

    /** A paper the board decides on says what it asks, why, at what risk and cost, and for whom (Rule.MTG_005's sources). */
    private static void coverSheet(Meeting m, AgendaItem item, Findings out) {
        boolean decides = item.purpose() == ItemPurpose.DECISION || item.purpose() == ItemPurpose.APPROVAL;
        if (!decides || item.paper() == null) {
            return;
        }
        CoverSheet c = item.cover();
        List<String> missing = new ArrayList<>();
        if (c == null || blank(c.summary())) {
            missing.add("summary");
        }
        if (c == null || blank(c.recommendation())) {
            missing.add("recommendation");
        }
        if (c == null || blank(c.risks())) {
            missing.add("risks");
        }
        if (c == null || blank(c.equality())) {
            missing.add("equality");
        }
        if (c == null || blank(c.finance())) {
            missing.add("finance");
        }
        if (missing.isEmpty()) {
            return;
        }
        Location where = c == null ? item.at().of("cover") : c.at().at();
        out.report(Rule.MTG_005, where, m.id(), "Item '" + item.title() + "' of meeting '" + m.id() + "' is for " + item.purpose().label().toLowerCase(Locale.ROOT)
                        + " but its cover sheet gives no " + joined(missing),
                "Add to 'cover:' " + missing.stream().map(k -> "'" + k + ":'").collect(Collectors.joining(", "))
                        + "; say 'None identified.' where that is the answer, so readers know it was considered.");
    }

    // MTG-003 --------------------------------------------------------------------------------

    /** What the quorum check needs of the body meeting, whichever kind of body it is. */
    record QuorumBody(String name, Quorum quorum, Set<String> voting, Predicate<String> chairOrDeputy) {
    }

    private static void quorate(Meeting m, DefinitionIndex index, LocalDate asOf, Findings out) {
        QuorumBody body = quorumBody(m.body(), index).orElse(null);
        if (body == null || body.quorum() == null || body.quorum().members() == null) {
            return;
        }
        if (m.effectiveStatus() == MeetingStatus.CANCELLED || m.effectiveStatus() == MeetingStatus.POSTPONED) {
            return; // a meeting that did not take place has no quorum to judge
        }
        if (m.attendance().isEmpty()) {
            // A meeting yet to happen has no attendance to judge; one that has happened must show it was quorate.
            if (m.date() != null && asOf != null && !m.date().isAfter(asOf)) {
                out.report(Rule.MTG_003, m.at().of("attendance"), m.id(), capitalise(describe(m, index))
                                + " has no attendance recorded, so it cannot be shown to be quorate (the quorum is "
                                + body.quorum().members() + " voting members)",
                        "Record who was present under 'attendance:'.");
            }
            return;
        }
        List<String> present = m.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT)
                .map(Attendance::person)
                .filter(body.voting()::contains)
                .distinct()
                .toList();
        List<String> problems = new ArrayList<>();
        if (present.size() < body.quorum().members()) {
            problems.add((present.isEmpty() ? "none" : "only " + present.size()) + " of the " + body.quorum().members()
                    + " voting members its quorum needs were present");
        }
        for (QuorumRequirement r : body.quorum().including()) {
            if (present.stream().noneMatch(p -> meets(r, p, body, index))) {
                problems.add("no " + requirementNoun(r) + " was present");
            }
        }
        if (!problems.isEmpty()) {
            out.report(Rule.MTG_003, m.at().of("attendance"), m.id(),
                    capitalise(describe(m, index)) + " was not quorate on the attendance recorded: " + joined(problems),
                    "Check the attendance; if the meeting was inquorate, its decisions need ratifying at a quorate meeting.");
        }
    }

    static Optional<QuorumBody> quorumBody(String id, DefinitionIndex index) {
        if (id == null) {
            return Optional.empty();
        }
        Board board = index.definition().board();
        if (index.isBoard(id)) {
            Set<String> voting = board.voting().stream().map(BoardMember::person).collect(Collectors.toSet());
            return Optional.of(new QuorumBody(index.bodyName(id), board.quorum(), voting,
                    p -> index.boardSeatOf(p).filter(s -> s.role() == BoardRole.CHAIR || s.isDeputyChair()).isPresent()));
        }
        Partnership icp = index.definition().icp();
        if (index.isIcp(id)) {
            Set<String> voting = icp.members().stream().map(PartnershipMember::person).filter(p -> p != null).collect(Collectors.toSet());
            return Optional.of(new QuorumBody(icp.name(), icp.quorum(), voting, p -> p.equals(icp.chair())));
        }
        return index.committee(id).map((Committee c) -> new QuorumBody(c.name(), c.quorum(),
                c.votingMembers().stream().map(CommitteeMember::person).collect(Collectors.toSet()),
                p -> p.equals(c.chair()) || p.equals(c.viceChair())));
    }

    private static boolean meets(QuorumRequirement r, String person, QuorumBody body, DefinitionIndex index) {
        Optional<BoardRole> role = index.boardSeatOf(person).map(BoardMember::role);
        return switch (r) {
            case CHAIR_OR_DEPUTY -> body.chairOrDeputy().test(person);
            case EXECUTIVE -> role.filter(BoardRole::isExecutive).isPresent();
            case INDEPENDENT_NON_EXECUTIVE -> role.filter(BoardRole::isNonExecutive).isPresent();
            case PARTNER_MEMBER -> role.filter(x -> x == BoardRole.PARTNER_MEMBER).isPresent();
            case CLINICAL -> role.filter(x -> x == BoardRole.MEDICAL_DIRECTOR || x == BoardRole.DIRECTOR_OF_NURSING).isPresent()
                    || index.person(person).filter(p -> p.has(Expertise.CLINICAL)).isPresent();
        };
    }

    private static String requirementNoun(QuorumRequirement r) {
        return switch (r) {
            case CHAIR_OR_DEPUTY -> "chair or deputy chair";
            case EXECUTIVE -> "executive member";
            case INDEPENDENT_NON_EXECUTIVE -> "independent non-executive member";
            case PARTNER_MEMBER -> "partner member";
            case CLINICAL -> "clinical member";
        };
    }

    // MTG-004 --------------------------------------------------------------------------------

    private static void openness(Meeting m, DefinitionIndex index, Findings out) {
        if (Boolean.FALSE.equals(m.inPublic()) && blank(m.privateReason())) {
            out.report(Rule.MTG_004, m.at().of("inPublic"), m.id(), capitalise(describe(m, index))
                            + " is held in private, but no resolution excluding the public is recorded",
                    "Board meetings are held in public; record the resolution and its reason in 'private-reason:', or set 'in-public: true'.");
        }
        if (!m.isPublic() || m.date() == null || m.effectiveStatus() == MeetingStatus.CANCELLED || m.effectiveStatus() == MeetingStatus.POSTPONED) {
            return;
        }
        LocalDate due = m.date().minusDays(PAPERS_NOTICE_DAYS);
        LocalDate published = m.papersPublishedOn();
        if (published == null) {
            out.report(Rule.MTG_004, m.at().of("papersPublishedOn"), m.id(), capitalise(describe(m, index))
                            + " is held in public but does not record when its papers were published",
                    "Add 'papers-published-on:'; papers are published at least " + PAPERS_NOTICE_DAYS + " days before the meeting (by " + due + ").");
        } else if (published.isAfter(due)) {
            out.report(Rule.MTG_004, m.at().of("papersPublishedOn"), m.id(), "Papers for " + describe(m, index) + " were published on "
                            + published + ", " + noticeGiven(published, m.date()) + "; they are expected at least "
                            + PAPERS_NOTICE_DAYS + " days before (by " + due + ")",
                    "Publish the papers at least " + PAPERS_NOTICE_DAYS + " days before the meeting.");
        }
    }

    private static String noticeGiven(LocalDate published, LocalDate meeting) {
        long days = ChronoUnit.DAYS.between(published, meeting);
        if (days < 0) {
            return "after the meeting";
        }
        if (days == 0) {
            return "on the day of the meeting";
        }
        return days == 1 ? "1 day before" : days + " days before";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
