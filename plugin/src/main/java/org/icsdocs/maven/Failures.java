package org.icsdocs.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.icsdocs.core.api.IcsException;

/** Words core's exceptions in pom terms. Problems in the definition are findings, not exceptions. */
final class Failures {

    private Failures() {
    }

    static MojoExecutionException of(IcsException e) {
        String where = e.parameter() == null ? "" : "<" + e.parameter() + "> (ics." + e.parameter() + ") ";
        return new MojoExecutionException(where + e.getMessage(), e);
    }
}
