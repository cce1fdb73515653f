package org.icsdocs.core.diagnostic;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A body of law (or the definition format) that rules belong to. A regime in force is judged by
 * the dates of its rules; a bill is a scenario whose commencement the user assumes, and its rules
 * are provisional: they rest on the text as introduced and say so in every message.
 */
public enum LegalRegime {
    FORMAT("ics-docs definition format", null, null),
    /** The NHS Act 2006 as amended by the Health and Care Act 2022, which established ICBs on 1 July 2022, with the guidance under it. */
    HCA_2022("National Health Service Act 2006 as amended by the Health and Care Act 2022", null, null),
    /** Health Bill, introduced in the House of Commons on 14 May 2026; not in force. */
    HEALTH_BILL_2026("Health Bill (as introduced, 14 May 2026)", "health-bill-2026", LocalDate.of(2026, 5, 14));

    private final String title;
    private final String scenarioId;
    private final LocalDate introduced;

    LegalRegime(String title, String scenarioId, LocalDate introduced) {
        this.title = title;
        this.scenarioId = scenarioId;
        this.introduced = introduced;
    }

    public String title() {
        return title;
    }

    /** True for a bill: its rules apply only in a scenario that assumes a commencement date. */
    public boolean provisional() {
        return scenarioId != null;
    }

    /** The name users give with {@code ics.scenario}, e.g. {@code health-bill-2026}. */
    public String scenarioId() {
        return scenarioId;
    }

    /** The day the bill was introduced: no commencement can come before it. */
    public LocalDate introduced() {
        return introduced;
    }

    public static Optional<LegalRegime> scenario(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (LegalRegime r : values()) {
            if (r.provisional() && r.scenarioId.equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
