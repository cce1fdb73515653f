package org.icsdocs.maven;

import org.apache.maven.plugin.logging.Log;
import org.icsdocs.core.build.BuildLog;

/** Forwards core's log to Maven's. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
