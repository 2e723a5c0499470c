package org.gradientatlas.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live preview: builds the site from the classes directory, serves it, and on every change re-renders what
 * changed and reloads the open pages. {@link #close()} stops the watcher, then the server.
 */
public final class Preview implements AutoCloseable {
    private final PrintStream out;
    private final LiveSite live;
    private final ReloadEvents events = new ReloadEvents();
    private final PreviewServer server;
    private final ChangeWatcher watcher;
    private final ScheduledExecutorService keepAlive;
    private volatile long changeSeen;
    private boolean closed;

    private Preview(PreviewOptions options, PrintStream out) throws IOException {
        this.out = out;
        this.live = new LiveSite(options, out, this::pagesWritten, this::changeWaiting);
        // Watching before the first build, so that a class written during it is not missed.
        this.watcher = new ChangeWatcher(options.classes(), options.templates(), this::changed);
        try {
            long start = System.nanoTime();
            live.build();
            out.println("preview: built the site in " + millisSince(start) + " ms");
            this.server = new PreviewServer(options.site(), live, events, options.port());
        } catch (IOException | RuntimeException e) {
            watcher.close();
            live.close();
            throw e;
        }
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "preview-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        keepAlive.scheduleWithFixedDelay(events::keepAlive, 15, 15, TimeUnit.SECONDS);
    }

    /** Builds the site, starts serving and watching; the site is ready when this returns. */
    public static Preview start(PreviewOptions options, PrintStream out) throws IOException {
        return new Preview(options, out);
    }

    public URI address() {
        return server.address();
    }

    /** How many pages are open (listening for reloads). */
    public int openPages() {
        return events.openStreams();
    }

    /**
     * Returns false when the classes were caught half-written: the watcher then calls again shortly. A class file
     * that stays broken for some 30 retries (2 s) is taken as it is, and its error shown.
     */
    private boolean changed(boolean classes, boolean templates, int retries) {
        changeSeen = System.nanoTime();
        try {
            if (classes && !live.classesChanged(retries >= 30)) {
                return false;
            }
            if (templates) {
                live.templatesChanged();
            }
            live.startImages();
        } catch (IOException | RuntimeException e) {
            out.println("preview: " + FailureLine.of(e));
        }
        return true;
    }

    private boolean changeWaiting() {
        ChangeWatcher current = watcher;
        return current != null && current.changeWaiting();
    }

    /** The pages on disk changed: every open page reloads. */
    private void pagesWritten(String what) {
        events.announce();
        if (changeSeen != 0) {
            long written = live.classesWritten();
            out.println("preview: wrote " + what + ", " + millisSince(changeSeen) + " ms after the change was seen"
                    + (written > 0 ? ", " + (System.currentTimeMillis() - written) + " ms after its class files were"
                    + " written" : ""));
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            watcher.close();
        } finally {
            keepAlive.shutdownNow();
            server.close();
            live.close();
        }
    }
}
