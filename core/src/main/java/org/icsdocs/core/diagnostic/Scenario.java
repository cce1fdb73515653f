package org.icsdocs.core.diagnostic;

import java.time.LocalDate;
import java.util.Objects;

/** A bill assumed to commence on a date. Validation as at that date or later applies its rules and ends those it repeals. */
public record Scenario(LegalRegime regime, LocalDate commencement) {

    public Scenario {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(commencement, "commencement");
        if (!regime.provisional()) {
            throw new IllegalArgumentException(regime + " is law in force, not a scenario");
        }
    }

    public boolean commencedBy(LocalDate date) {
        return !date.isBefore(commencement);
    }
}
