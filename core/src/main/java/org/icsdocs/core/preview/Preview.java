package org.icsdocs.core.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.GenerateOutcome;
import org.icsdocs.core.api.GenerateRequest;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.render.RenderException;

/**
 * {@code ics:serve}: builds the site, serves it on localhost, and rebuilds when a definition file,
 * paper or template changes; open pages reload themselves after a rebuild. A rebuild that fails
 * leaves the last good site in place (generation swaps its folder in only when it succeeds).
 */
public final class Preview implements AutoCloseable {

    /** Changes within this window are taken as one edit (editors save in several steps). */
    private static final long SETTLE_MILLIS = 300;

    private final IcsDocs docs;
    private final GenerateRequest request;
    private final BuildLog log;
    private final AtomicLong version = new AtomicLong();
    private final WatchService watcher;
    private final PreviewServer server;
    private final Thread watching;

    public Preview(GenerateRequest request, List<Path> watched, int port, BuildLog log) {
        this.docs = new IcsDocs(log);
        this.request = request;
        this.log = log;
        rebuild();
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            for (Path folder : watched) {
                register(folder);
            }
            this.server = new PreviewServer(request.siteFolder(), port, version::get);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.watching = new Thread(this::watch, "ics-preview-watch");
        watching.setDaemon(true);
        watching.start();
        log.info("ics: previewing at " + url() + " (Ctrl-C stops)");
    }

    public String url() {
        return "http://localhost:" + server.port() + "/";
    }

    /** How many successful builds have been served; a page reloads when this changes. */
    public long version() {
        return version.get();
    }

    private void rebuild() {
        try {
            GenerateOutcome outcome = docs.generate(request);
            if (outcome.generated()) {
                version.incrementAndGet();
            } else {
                log.warn("ics: the definition has errors; still serving the last good build");
            }
        } catch (RenderException e) {
            log.error(e.location() + ": error: " + e.getMessage() + " (still serving the last good build)");
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                // let the editor finish saving, then take every change since as one
                Thread.sleep(SETTLE_MILLIS);
                do {
                    for (var event : key.pollEvents()) {
                        Path changed = ((Path) key.watchable()).resolve((Path) event.context());
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                            register(changed);
                        }
                    }
                    key.reset();
                    key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                log.info("ics: change detected, rebuilding");
                rebuild();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("ics: stopped watching for changes: " + e.getMessage());
        }
    }

    private void register(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() {
        watching.interrupt();
        server.close();
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
