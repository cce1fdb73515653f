package org.icsdocs.core.build;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of a long phase in the build log: a line at most every {@link #EVERY_NANOS} (and one
 * at the end), so that a national build shows it is moving without a line per file.
 */
public final class Progress {

    static final long EVERY_NANOS = 10_000_000_000L;

    private final BuildLog log;
    private final String phase;
    private final int total;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private long lastLine = started;

    public Progress(BuildLog log, String phase, int total) {
        this.log = log;
        this.phase = phase;
        this.total = total;
    }

    public void step() {
        int now = done.incrementAndGet();
        long at = System.nanoTime();
        synchronized (this) {
            if (now < total && at - lastLine < EVERY_NANOS) {
                return;
            }
            lastLine = at;
        }
        log.info("ics: " + phase + ": " + now + " of " + total + " (" + (total == 0 ? 100 : now * 100 / total) + "%), "
                + seconds(at - started) + " elapsed");
    }

    public static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
