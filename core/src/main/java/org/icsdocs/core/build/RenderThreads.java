package org.icsdocs.core.build;

import java.util.concurrent.ExecutorService;
import org.icsdocs.core.work.Workers;

/** The threads documents, packs and pages render on: {@link Workers#pool}. */
public final class RenderThreads {

    /** Sixteen times the JVM's usual default. */
    public static final long STACK_BYTES = Workers.STACK_BYTES;

    private RenderThreads() {
    }

    public static ExecutorService pool() {
        return Workers.pool("ics-render");
    }
}
