package org.icsdocs.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsdocs.core.build.BuildLog;

/** A build log that keeps what it is told, by severity, for tests to read back. Safe across threads. */
public final class RecordingLog implements BuildLog {

    private final List<String> infos = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> all = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
        all.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
        all.add(message);
    }

    @Override
    public void error(String message) {
        errors.add(message);
        all.add(message);
    }

    public List<String> infos() {
        return List.copyOf(infos);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Everything, in the order it was logged. */
    public List<String> lines() {
        return List.copyOf(all);
    }
}
