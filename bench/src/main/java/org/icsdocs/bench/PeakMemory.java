package org.icsdocs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The most heap a run used: sampled every 20 ms (used heap, which includes garbage not yet
 * collected, so an upper bound on what was live), and the process's peak resident memory.
 */
final class PeakMemory {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    private PeakMemory() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        sampler = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peak = Math.max(peak, used);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-memory");
        sampler.setDaemon(true);
    }

    static PeakMemory start() {
        PeakMemory m = new PeakMemory();
        m.sampler.start();
        return m;
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }

    long peakHeapMiB() {
        return peak >> 20;
    }

    /** VmHWM from /proc: the resident set's high-water mark, heap and everything else. */
    static long peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
