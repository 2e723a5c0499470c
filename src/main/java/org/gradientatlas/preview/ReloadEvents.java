package org.gradientatlas.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The open pages, as server-sent event streams (text/event-stream). Each gets the site's version when it connects
 * and whenever it changes; a page whose version differs reloads itself. A stream holds no thread: it is written to
 * by whoever announces a version, and dropped when a write fails (the page was closed).
 */
final class ReloadEvents {
    private final List<HttpExchange> streams = new ArrayList<>();
    private long version;

    synchronized long version() {
        return version;
    }

    /** Opens an event stream for one page and sends it the current version. */
    synchronized void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        if (send(exchange, "retry: 500\nevent: version\ndata: " + version + "\n\n")) {
            streams.add(exchange);
        }
    }

    /** A new version of the site: every open page reloads. */
    synchronized void announce() {
        version++;
        streams.removeIf(stream -> !send(stream, "event: version\ndata: " + version + "\n\n"));
    }

    /** A comment line, so that streams of closed pages are noticed and dropped. */
    synchronized void keepAlive() {
        streams.removeIf(stream -> !send(stream, ": keep-alive\n\n"));
    }

    synchronized int openStreams() {
        return streams.size();
    }

    synchronized void closeAll() {
        streams.forEach(HttpExchange::close);
        streams.clear();
    }

    private static boolean send(HttpExchange stream, String event) {
        try {
            OutputStream body = stream.getResponseBody();
            body.write(event.getBytes(StandardCharsets.UTF_8));
            body.flush();
            return true;
        } catch (IOException e) {
            stream.close();
            return false;
        }
    }
}
