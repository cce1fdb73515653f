package org.icsdocs.core.build;

/** Where core reports progress and findings; the build tool bridges it to its own log. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    default void debug(String message) {
    }

    /** A log that discards everything, for callers that only want the returned outcome. */
    static BuildLog silent() {
        return new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
            }
        };
    }
}
