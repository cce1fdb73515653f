package org.icsdocs.core.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * Serves a generated site on the loopback address only, for previewing. HTML pages get a small
 * script that asks {@code /__ics/version} once a second and reloads the page when a rebuild has
 * changed it. Files outside the site folder are never served.
 */
final class PreviewServer implements AutoCloseable {

    static final String VERSION_PATH = "/__ics/version";

    private static final String RELOAD_SCRIPT = "<script>(function(){var v=null;setInterval(function(){fetch('"
            + VERSION_PATH + "',{cache:'no-store'}).then(function(r){return r.text();}).then(function(t){"
            + "if(v!==null&&t!==v){location.reload();}v=t;}).catch(function(){});},1000);})();</script>";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("xml", "application/xml"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final Path site;
    private final LongSupplier version;
    private final HttpServer server;

    PreviewServer(Path site, int port, LongSupplier version) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.version = version;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "ics-preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.equals(VERSION_PATH)) {
                send(exchange, 200, "text/plain", Long.toString(version.getAsLong()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = site.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readString(notFound)) : "Not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, "text/html; charset=utf-8", body);
                return;
            }
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            byte[] body = type.startsWith("text/html") ? withReload(Files.readString(file)) : Files.readAllBytes(file);
            send(exchange, 200, type, body);
        }
    }

    private static byte[] withReload(String html) {
        int end = html.lastIndexOf("</body>");
        String out = end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
