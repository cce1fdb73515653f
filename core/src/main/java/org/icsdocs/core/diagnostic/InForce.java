package org.icsdocs.core.diagnostic;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a rule applies. {@code from} is the day its source came into force; {@code until} the last
 * day it applied, where it has ended; {@code endedBy} a bill which, once commenced in a scenario,
 * repeals the rule's source. A rule of a bill applies from the scenario's commencement.
 */
public record InForce(LegalRegime regime, LocalDate from, LocalDate until, LegalRegime endedBy) {

    /** The day ICBs were established (Health and Care Act 2022, Part 1, as commenced on that day). */
    public static final LocalDate ICBS_ESTABLISHED = LocalDate.of(2022, 7, 1);

    public static InForce since(LegalRegime regime, String from) {
        return new InForce(regime, LocalDate.parse(from), null, null);
    }

    /** A rule of the definition format: applies to a definition as at any date. */
    public static InForce format() {
        return new InForce(LegalRegime.FORMAT, ICBS_ESTABLISHED, null, null);
    }

    /** A rule of a bill, applying from the commencement a scenario assumes. */
    public static InForce onCommencementOf(LegalRegime bill) {
        return new InForce(bill, null, null, null);
    }

    /**
     * A rule retired on {@code lastDay}: IDs never change meaning, so a rule whose statement was
     * wrong ends and a new ID states the corrected rule.
     */
    public InForce endedOn(String lastDay) {
        return new InForce(regime, from, LocalDate.parse(lastDay), endedBy);
    }

    public InForce endedOnCommencementOf(LegalRegime bill) {
        return new InForce(regime, from, until, bill);
    }

    public boolean provisional() {
        return regime.provisional();
    }

    /** Whether the rule applies on {@code date}, given the scenario assumed (if any). */
    public boolean appliesOn(LocalDate date, Optional<Scenario> scenario) {
        if (regime.provisional()) {
            return scenario.filter(s -> s.regime() == regime && s.commencedBy(date)).isPresent();
        }
        if (regime == LegalRegime.FORMAT) {
            return true;
        }
        if (date.isBefore(from) || (until != null && date.isAfter(until))) {
            return false;
        }
        return endedBy == null || scenario.filter(s -> s.regime() == endedBy && s.commencedBy(date)).isEmpty();
    }

    /** "from 1 July 2022", "from the Bill's commencement", "1 July 2022 until the Health Bill commences". */
    public String describe() {
        if (regime.provisional()) {
            return "from commencement (assumed in a scenario)";
        }
        if (regime == LegalRegime.FORMAT) {
            return "from " + from + "; the definition format, judged as at any date";
        }
        String text = "from " + from;
        if (until != null) {
            text += " until " + until;
        }
        if (endedBy != null) {
            text += "; ends when the " + endedBy.title() + " commences";
        }
        return text;
    }
}
