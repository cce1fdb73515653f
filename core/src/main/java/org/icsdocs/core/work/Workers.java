package org.icsdocs.core.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The threads a build works on: one per core, each with a deep stack, because the libraries under
 * the build (the Markdown parser's regular expressions, the HTML layout) recurse once per
 * character or nesting level of a paper, and a paper pasted from anywhere must not exhaust the
 * default stack. The stack is reserved, not committed, until used.
 */
public final class Workers {

    /** Sixteen times the JVM's usual default. */
    public static final long STACK_BYTES = 16L * 1024 * 1024;

    private Workers() {
    }

    /** A pool of one deep-stack thread per core, named {@code <name>-1}, {@code <name>-2}…; the caller shuts it down. */
    public static ExecutorService pool(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            Thread t = new Thread(null, task, name + "-" + count.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Applies {@code work} to every item on a pool of its own and returns the results in the items'
     * order, so that what is parallel inside never shows in what comes out. An unchecked exception
     * or error of one item is thrown again here.
     */
    public static <T, R> List<R> inOrder(List<T> items, Function<T, R> work) {
        if (items.size() < 2) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = pool("ics-check");
        try {
            List<Future<R>> running = new ArrayList<>(items.size());
            for (T item : items) {
                running.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : running) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
