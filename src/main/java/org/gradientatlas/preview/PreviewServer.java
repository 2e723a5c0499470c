package org.gradientatlas.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the previewed site on 127.0.0.1 with the JDK's HTTP server: files under the site directory (nothing
 * outside it), HTML with the preview's additions, nothing cached, and the reload events.
 */
final class PreviewServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "json", "application/json", "csv", "text/csv; charset=utf-8");

    private final Path site;
    private final LiveSite live;
    private final ReloadEvents events;
    private final HttpServer server;
    private final ExecutorService threads;

    PreviewServer(Path site, LiveSite live, ReloadEvents events, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.live = live;
        this.events = events;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.createContext(PreviewPage.EVENTS_PATH, events::open);
        server.start();
    }

    /** The site's address, e.g. {@code http://127.0.0.1:8123/}. */
    URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Path file = site.resolve(path.substring(1)).normalize();
            if (!file.startsWith(site)) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals("/favicon.ico") && !Files.exists(file)) {
                send(exchange, 204, "image/x-icon", new byte[0]); // the site has none; say so without an error
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            respond(exchange, file);
        }
    }

    private void respond(HttpExchange exchange, Path file) throws IOException {
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                "application/octet-stream");
        String figureId = figureId(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (name.endsWith(".html")) {
                bytes = PreviewPage.decorate(new String(bytes, StandardCharsets.UTF_8), figureId, live.errors(),
                        live.siteError(), events.version()).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, type, bytes);
        } catch (NoSuchFileException e) {
            // A page that a failure kept from being written: say why, and reload once it is there.
            if (name.endsWith(".html") && (live.errors().containsKey(figureId) || live.siteError() != null)) {
                send(exchange, 200, TYPES.get("html"), PreviewPage.missing(figureId, live.errors(),
                        live.siteError(), events.version()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The figure a page shows: {@code figures/<id>.html}. */
    private String figureId(Path file) {
        Path relative = site.relativize(file);
        String name = file.getFileName().toString();
        return relative.getNameCount() == 2 && relative.getName(0).toString().equals("figures") && name.endsWith(".html")
                ? name.substring(0, name.length() - ".html".length()) : null;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        events.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }
}
