package org.icsdocs.core.build;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads documents, packs and pages render on: one per core, with a deep stack, because the
 * libraries under them (the Markdown parser's regular expressions, the HTML layout) recurse once
 * per character or nesting level of a paper, and a paper pasted from anywhere must not exhaust the
 * default stack. The memory is reserved, not committed, until used.
 */
public final class RenderThreads {

    /** Sixteen times the JVM's usual default. */
    public static final long STACK_BYTES = 16L * 1024 * 1024;

    private RenderThreads() {
    }

    public static ExecutorService pool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            Thread t = new Thread(null, task, "ics-render-" + count.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }
}
