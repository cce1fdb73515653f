package org.icsdocs.core.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icsdocs.core.diagnostic.LegalRegime;
import org.icsdocs.core.diagnostic.Scenario;

/**
 * Reads the dates and scenario a user gives ({@code ics.asAt}, {@code ics.scenario},
 * {@code ics.commencement}) and refuses what cannot be meant, naming the parameter.
 */
public final class LawDates {

    private LawDates() {
    }

    /** The as-at date, or empty to use the build date. */
    public static Optional<LocalDate> asAt(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(date("asAt", text));
    }

    /** A bill assumed to commence on a date; the commencement cannot come before the bill was introduced. */
    public static Scenario scenario(String id, String commencement) {
        if (id == null || id.isBlank()) {
            throw new IcsException("scenario", String.valueOf(id), "name a scenario: " + known());
        }
        LegalRegime bill = LegalRegime.scenario(id)
                .orElseThrow(() -> new IcsException("scenario", id, "'" + id + "' is not a scenario ics-docs knows; known: " + known()));
        if (commencement == null || commencement.isBlank()) {
            throw new IcsException("commencement", String.valueOf(commencement),
                    "give the date the " + bill.title() + " is assumed to commence, e.g. -Dics.commencement=2027-04-01");
        }
        LocalDate on = date("commencement", commencement);
        if (on.isBefore(bill.introduced())) {
            throw new IcsException("commencement", commencement, "the " + bill.title() + " was introduced on " + bill.introduced()
                    + "; it cannot commence before that, on " + on);
        }
        return new Scenario(bill, on);
    }

    private static LocalDate date(String parameter, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IcsException(parameter, text, "'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01", e);
        }
    }

    private static String known() {
        return Arrays.stream(LegalRegime.values()).filter(LegalRegime::provisional).map(LegalRegime::scenarioId)
                .collect(Collectors.joining(", "));
    }
}
