package org.icsdocs.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.IcsDocs;

/**
 * Shows what a bill would change: validates the definition today under the law in force and on an
 * assumed commencement date with the bill, and writes {@code transition.json} and
 * {@code transition.html}: every finding that appears or disappears, with the bill's provision,
 * the definition's file and line, the document section affected and the change to make.
 */
@Mojo(name = "transition", threadSafe = true)
public class TransitionMojo extends AbstractIcsMojo {

    /** The bill assumed, e.g. health-bill-2026. */
    @Parameter(property = "ics.scenario", defaultValue = "health-bill-2026")
    private String scenario;

    /** The date the bill is assumed to commence, as YYYY-MM-DD. */
    @Parameter(property = "ics.commencement")
    private String commencement;

    @Override
    protected void run(Parameters parameters, BuildLog log) {
        new IcsDocs(log).transition(parameters.transitionRequest(scenario, commencement));
    }
}
