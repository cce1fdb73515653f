package org.icsdocs.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidationOutcome;
import org.icsdocs.core.diagnostic.Severity;

/**
 * Checks the ICS definition against the rule catalogue. Prints each finding as
 * {@code file:line:column: severity RULE-ID: message}, writes {@code validation.json} and
 * {@code validation.sarif}, and fails the build on findings at or above {@code ics.failOn}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractIcsMojo {

    /** The least severe finding that fails the build: error, warning or advice. */
    @Parameter(property = "ics.failOn", defaultValue = "error")
    private String failOn;

    /** Skips this goal only. */
    @Parameter(property = "ics.validate.skip", defaultValue = "false")
    private boolean skipValidate;

    @Override
    protected boolean skipGoal() {
        return skipValidate;
    }

    @Override
    protected void run(Parameters parameters, BuildLog log) throws MojoFailureException {
        Severity threshold = Parameters.failOn(failOn);
        ValidationOutcome outcome = new IcsDocs(log).validate(parameters.validateRequest());
        if (outcome.failsAt(threshold)) {
            throw new MojoFailureException("The ICS definition has " + outcome.summary()
                    + "; findings of severity '" + threshold.label() + "' or worse fail the build (ics.failOn). See the lines above.");
        }
    }
}
