package org.icsdocs.maven;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.icsdocs.core.api.BuildDate;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.diagnostic.RuleCatalogue;

/**
 * Prints the rules in force: ID, severity, rule and sources, one a line, as at {@code ics.asAt}
 * (by default the build date). {@code -Dics.rule=BRD-006} prints one rule in full: its regime,
 * in-force dates and every source with its address. Needs no definition, and no project.
 */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractMojo {

    /** The day whose law is listed, e.g. 2026-11-01; by default the build date. */
    @Parameter(property = "ics.asAt")
    private String asAt;

    /** One rule to print in full, e.g. BRD-006. */
    @Parameter(property = "ics.rule")
    private String rule;

    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    @Override
    public void execute() throws MojoFailureException {
        BuildDate built = BuildDate.resolve(outputTimestamp, System.getenv("SOURCE_DATE_EPOCH"), Instant.now());
        lines(asAt, rule, built.date()).forEach(getLog()::info);
    }

    /** The lines the goal prints, or a failure naming what was wrong with the parameters. */
    static List<String> lines(String asAt, String rule, LocalDate buildDate) throws MojoFailureException {
        if (rule != null && !rule.isBlank()) {
            Rule found = Rule.byId(rule).orElseThrow(() -> new MojoFailureException(RuleCatalogue.unknown(rule.trim())));
            return RuleCatalogue.describe(found);
        }
        return RuleCatalogue.listing(date(asAt, buildDate), Optional.empty());
    }

    private static LocalDate date(String asAt, LocalDate buildDate) throws MojoFailureException {
        if (asAt == null || asAt.isBlank()) {
            return buildDate;
        }
        try {
            return LocalDate.parse(asAt.trim());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("ics.asAt '" + asAt + "' is not a date; write it as 2026-11-01");
        }
    }
}
