package org.icsdocs.core.validate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.AgendaItem;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CommitteeMember;
import org.icsdocs.core.model.Declaration;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Delegation;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.Interest;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.PartnerSector;

/** COI: declarations of interests and how conflicts are managed. */
public final class InterestRules implements RuleFamily {

    /** The longest a declaration may go without review (COI-004). */
    static final int REVIEW_MONTHS = 12;

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.COI_001, Rule.COI_002, Rule.COI_003, Rule.COI_004);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        DefinitionIndex index = in.index();
        declarationsHeld(d, index, out);
        managedConflicts(d, index, out);
        partnerPerspective(d, index, out);
        reviews(d, index, in.context().asOf(), out);
    }

    // COI-001 --------------------------------------------------------------------------------

    private record Named(Location where, String capacity) {
    }

    private static void declarationsHeld(Definition d, DefinitionIndex index, Findings out) {
        // First place each person is named, so a person on the board and three committees is reported once.
        Map<String, Named> named = new LinkedHashMap<>();
        if (d.board() != null) {
            String board = index.bodyName(d.board().id());
            for (BoardMember m : d.board().members()) {
                String title = m.role() == null ? "member" : m.displayTitle();
                named.putIfAbsent(m.person(), new Named(m.at().of("person"), title + " on " + board));
            }
        }
        for (Committee c : d.committees()) {
            if (c.chair() != null) {
                named.putIfAbsent(c.chair(), new Named(c.at().of("chair"), "chair of the " + c.name()));
            }
            for (CommitteeMember m : c.members()) {
                named.putIfAbsent(m.person(), new Named(m.at().of("person"), "member of the " + c.name()));
            }
        }
        for (Delegation x : d.delegations()) {
            if (x.officer() != null) {
                String function = index.function(x.function()).map(IcbFunction::name).orElse(x.function());
                named.putIfAbsent(x.officer(), new Named(x.at().of("officer"), "officer to whom '" + function + "' is delegated"));
            }
        }
        named.forEach((person, where) -> {
            // A dangling person reference is STR-001's to report; there is nobody here to ask for a declaration.
            if (person == null || index.person(person).isEmpty() || index.declarationOf(person).isPresent()) {
                return;
            }
            out.report(Rule.COI_001, where.where(), person,
                    index.personName(person) + " (" + where.capacity() + ") has no declaration of interests",
                    "Add a declaration with 'person: " + person + "' under 'declarations:'; use 'nil: true' if there is nothing to declare.");
        });
    }

    // COI-002 --------------------------------------------------------------------------------

    private static void managedConflicts(Definition d, DefinitionIndex index, Findings out) {
        InterestMatcher matcher = new InterestMatcher(index);
        for (Meeting m : d.meetings()) {
            for (AgendaItem item : m.items()) {
                for (InterestMatcher.Touch t : matcher.touching(m, item)) {
                    Interest i = t.interest();
                    if (!CommitteeRules.blank(i.management())) {
                        continue;
                    }
                    out.report(Rule.COI_002, i.at().of("management"), t.person(),
                            index.personName(t.person()) + "'s interest (" + i.nature() + ") touches '" + item.title() + "' at "
                                    + MeetingRules.describe(m, index) + ", but the declaration does not say how it is managed",
                            "Add 'management:' to the interest, saying how the conflict is handled (e.g. leaves the room for the item); "
                                    + "the board pack prints it on the item.");
                }
            }
        }
    }

    // COI-003 --------------------------------------------------------------------------------

    private static void partnerPerspective(Definition d, DefinitionIndex index, Findings out) {
        if (d.board() == null) {
            return;
        }
        for (BoardMember m : d.board().withRole(BoardRole.PARTNER_MEMBER)) {
            if (Boolean.TRUE.equals(m.perspectiveNotDelegate())) {
                continue;
            }
            out.report(Rule.COI_003, m.at().of("perspectiveNotDelegate"), m.person(),
                    index.personName(m.person()) + ", a partner member, is not recorded as bringing the perspective of "
                            + sector(m.partnerSector()) + " rather than acting as their delegate",
                    "State this in the constitution and set 'perspective-not-delegate: true' on the board member.");
        }
    }

    private static String sector(PartnerSector sector) {
        if (sector == null) {
            return "the organisations that nominated them";
        }
        return switch (sector) {
            case NHS_TRUSTS -> "NHS trusts and foundation trusts";
            case PRIMARY_MEDICAL_SERVICES -> "providers of primary medical services";
            case LOCAL_AUTHORITY -> "local authorities";
        };
    }

    // COI-004 --------------------------------------------------------------------------------

    /**
     * An interest that began after the declaration was made is a change, and says when it was
     * recorded; one recorded more than 28 days after it began was recorded late.
     */
    private static void lateRecording(Declaration dec, Interest interest, DefinitionIndex index, Findings out) {
        if (interest.from() == null) {
            return;
        }
        LocalDate recorded = interest.recordedOn();
        if (recorded == null) {
            if (dec.declaredOn() != null && interest.from().isAfter(dec.declaredOn())) {
                out.report(Rule.COI_004, interest.at().of("from"), dec.person(), "An interest of " + index.personName(dec.person())
                                + " began on " + interest.from() + ", after the declaration of " + dec.declaredOn() + ", but the definition does not say when it was recorded",
                        "Add 'recorded-on:' with the date the change was recorded on the register.");
            }
            return;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(interest.from(), recorded);
        if (days > RECORD_WITHIN_DAYS) {
            out.report(Rule.COI_004, interest.at().of("recordedOn"), dec.person(), "An interest of " + index.personName(dec.person())
                            + " began on " + interest.from() + " and was recorded on " + recorded + ", " + days + " days later; changes are to be recorded within "
                            + RECORD_WITHIN_DAYS + " days",
                    "Record changes to interests within 28 days, and review how changes reach the register.");
        }
    }

    /** When the declaration was last made or reviewed, or null if it says neither. */
    public static LocalDate lastReviewed(Declaration dec) {
        return dec.declaredOn() == null ? dec.reviewedOn() : dec.lastReviewed();
    }

    /** The date by which the declaration must next be reviewed, or null if it has no dates. */
    public static LocalDate reviewDue(Declaration dec) {
        LocalDate last = lastReviewed(dec);
        return last == null ? null : last.plusMonths(REVIEW_MONTHS);
    }

    /** Whether the declaration's yearly review was overdue on the date (the board pack flags these in the register). */
    public static boolean overdue(Declaration dec, LocalDate on) {
        LocalDate due = reviewDue(dec);
        return due != null && on != null && due.isBefore(on);
    }

    /** Days within which a new or changed interest is to be recorded. */
    static final int RECORD_WITHIN_DAYS = 28;

    private static void reviews(Definition d, DefinitionIndex index, LocalDate asOf, Findings out) {
        for (Declaration dec : d.declarations()) {
            for (Interest interest : dec.interests()) {
                lateRecording(dec, interest, index, out);
            }
        }
        if (asOf == null) {
            return;
        }
        for (Declaration dec : d.declarations()) {
            if (!overdue(dec, asOf)) {
                continue;
            }
            LocalDate last = lastReviewed(dec);
            LocalDate due = reviewDue(dec);
            Location where = dec.reviewedOn() != null ? dec.at().of("reviewedOn") : dec.at().of("declaredOn");
            out.report(Rule.COI_004, where, dec.person(),
                    "The declaration of interests of " + index.personName(dec.person()) + " was last reviewed on " + last
                            + "; its review was due by " + due,
                    "Review the declaration with " + index.personName(dec.person()) + " and record the date in 'reviewed-on:'.");
        }
    }
}
