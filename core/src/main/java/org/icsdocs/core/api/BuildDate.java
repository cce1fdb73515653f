package org.icsdocs.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The instant a build is "as of": the project's output timestamp, else SOURCE_DATE_EPOCH, else
 * the given fallback. Every date a build prints or judges by comes from here, so two builds of
 * the same input agree whatever day and time zone they run in.
 */
public record BuildDate(Instant instant, String source) {

    public static BuildDate resolve(String outputTimestamp, String sourceDateEpoch, Instant fallback) {
        if (outputTimestamp != null && !outputTimestamp.isBlank() && !outputTimestamp.startsWith("${")) {
            return new BuildDate(parse("project.build.outputTimestamp", outputTimestamp.trim()), "project.build.outputTimestamp");
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            return new BuildDate(parse("SOURCE_DATE_EPOCH", sourceDateEpoch.trim()), "SOURCE_DATE_EPOCH");
        }
        return new BuildDate(fallback, "clock");
    }

    private static Instant parse(String name, String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IcsException(name, text, name + " '" + text + "' is neither seconds since 1970 nor an ISO date-time such as 2026-11-01T00:00:00Z", e);
        }
    }

    public LocalDate date() {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
