package org.icsdocs.core.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Gift;
import org.icsdocs.core.model.GiftKind;
import org.icsdocs.core.model.GiftOutcome;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.Span;
import org.icsdocs.core.model.Sponsorship;

/**
 * GHS: the registers of gifts and hospitality and of sponsorship that NHS England's "Managing
 * conflicts of interest in the NHS" (2017, replaced September 2024 for ICBs, trusts and NHS
 * England) asks each organisation to keep and publish. Offers are declared whether accepted or
 * declined, within 28 days (the guidance's period for declarations, as NHS Act 2006 s14Z30 has
 * it for an ICB's register of interests). Gifts of a value over £50 (alone or from one source
 * over 12 months) are accepted, if at all, on the organisation's behalf; hospitality over £75 is
 * refused unless senior approval is given; sponsorship is approved case by case. So an accepted
 * offer above those limits, or any accepted sponsorship, names who approved it.
 */
public final class GiftRules implements RuleFamily {

    /** The guidance's limits: gifts over £50, hospitality over £75, need a decision to be accepted. */
    static final Money GIFT_LIMIT = new Money(BigDecimal.valueOf(50));
    static final Money HOSPITALITY_LIMIT = new Money(BigDecimal.valueOf(75));
    static final int DECLARE_WITHIN_DAYS = 28;

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.GHS_001, Rule.GHS_002);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        LocalDate asOf = in.context().asOf();
        for (Gift g : in.definition().gifts()) {
            String what = (g.kind() == GiftKind.HOSPITALITY ? "Hospitality" : "The gift") + " offered to " + in.index().personName(g.recipient())
                    + " on " + g.offeredOn() + " (" + g.id() + ")";
            declared(g.id(), what, g.offeredOn(), g.declaredOn(), g.at(), asOf, out);
            Money limit = g.kind() == GiftKind.HOSPITALITY ? HOSPITALITY_LIMIT : GIFT_LIMIT;
            if (g.outcome() == GiftOutcome.ACCEPTED && g.value() != null && g.value().compareTo(limit) > 0 && blank(g.approvedBy())) {
                out.report(Rule.GHS_002, g.at().of("outcome"), g.id(), what + " was accepted at " + g.value() + ", over the guidance's limit of "
                        + limit + ", and the register does not say who decided it could be", "Add 'approved-by:' (the person who approved accepting it, "
                        + "on the ICB's behalf) and 'decision:' with the reason, or record it as declined.");
            }
        }
        for (Sponsorship s : in.definition().sponsorships()) {
            String what = "The sponsorship offered on " + s.offeredOn() + " (" + s.id() + ")";
            declared(s.id(), what, s.offeredOn(), s.declaredOn(), s.at(), asOf, out);
            if (s.outcome() == GiftOutcome.ACCEPTED && blank(s.approvedBy())) {
                out.report(Rule.GHS_002, s.at().of("outcome"), s.id(), what + " was accepted, and the register does not say who approved it",
                        "Add 'approved-by:' (the person who approved the sponsorship) and 'decision:' with the reason and any conditions.");
            }
        }
    }

    private static void declared(String id, String what, LocalDate offered, LocalDate declared, Span at, LocalDate asOf, Findings out) {
        if (offered == null) {
            return;
        }
        LocalDate due = offered.plusDays(DECLARE_WITHIN_DAYS);
        if (declared == null && asOf.isAfter(due)) {
            out.report(Rule.GHS_001, at.at(), id, what + " has not been declared, and was due by " + due,
                    "Add 'declared-on:' with the day it was declared for the register.");
        } else if (declared != null && declared.isAfter(due)) {
            out.report(Rule.GHS_001, at.of("declaredOn"), id, what + " was declared on " + declared + ", more than " + DECLARE_WITHIN_DAYS
                    + " days after the offer", "Declare offers within 28 days; if the date is wrong, correct 'declared-on:'.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
