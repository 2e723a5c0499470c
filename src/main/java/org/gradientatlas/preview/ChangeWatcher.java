package org.gradientatlas.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the classes directory (with every subdirectory) and the templates directory with the file system's own
 * notifications (inotify on Linux), and calls back once a burst of writes has settled: a compiler writes many class
 * files in a row. A directory that disappears and comes back (mvn clean) is watched again.
 */
final class ChangeWatcher implements AutoCloseable {
    /** What changed after a burst of writes. */
    interface Listener {
        /**
         * Returns false to be called again after the quiet time (a file was caught half-written).
         *
         * @param retries how often it returned false for this change before
         */
        boolean changed(boolean classes, boolean templates, int retries);
    }

    static final long QUIET_MILLIS = 60;
    private static final long RECHECK_MILLIS = 1000;

    private final Path classes;
    private final Path templates;
    private final Listener listener;
    private final WatchService watcher;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    /** Keys taken by {@link #changeWaiting()} while the listener ran, handled next. */
    private final Queue<WatchKey> early = new ConcurrentLinkedQueue<>();
    private final Thread thread;

    ChangeWatcher(Path classes, Path templates, Listener listener) throws IOException {
        this.classes = classes.toAbsolutePath().normalize();
        this.templates = templates == null ? null : templates.toAbsolutePath().normalize();
        this.listener = listener;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(this.classes);
        if (this.templates != null && Files.isDirectory(this.templates)) {
            register(this.templates);
        }
        thread = new Thread(this::run, "preview-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = early.poll();
                if (key == null) {
                    key = watcher.poll(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
                }
                boolean[] changed = new boolean[2];
                if (key == null) {
                    changed[0] = rewatchIfReplaced();
                } else {
                    drain(key, changed);
                    // Let the burst settle: every key that arrives within the quiet time joins it.
                    for (WatchKey more; (more = next()) != null; ) {
                        drain(more, changed);
                    }
                }
                for (int retries = 0; (changed[0] || changed[1]) && !listener.changed(changed[0], changed[1], retries);
                     retries++) {
                    Thread.sleep(QUIET_MILLIS);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private WatchKey next() throws InterruptedException {
        WatchKey key = early.poll();
        return key != null ? key : watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Whether a newer change is already waiting, so that slow follow-up work (figures that merely depend on a
     * changed class, images) can wait for it instead of delaying it. Safe from any thread.
     */
    boolean changeWaiting() {
        try {
            WatchKey key = watcher.poll();
            if (key != null) {
                early.add(key);
            }
        } catch (ClosedWatchServiceException e) {
            return true;
        }
        return !early.isEmpty();
    }

    private void drain(WatchKey key, boolean[] changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            boolean underClasses = dir == null || dir.startsWith(classes);
            changed[underClasses ? 0 : 1] = true;
            if (dir != null && underClasses && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                registerTree(dir.resolve((Path) event.context()));
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /** After mvn clean the classes directory's keys are gone; watch it again once it is back. */
    private boolean rewatchIfReplaced() {
        boolean watched = keys.values().stream().anyMatch(classes::equals);
        if (watched || !Files.isDirectory(classes)) {
            return false;
        }
        registerTree(classes);
        return true;
    }

    /**
     * Watches {@code root} and every directory below it. Each directory is watched before its subdirectories are
     * listed, so one made in between is either listed or reported.
     */
    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        register(root);
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                registerTree(child);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // removed meanwhile: its parent's events bring another look
        }
    }

    private void register(Path dir) {
        try {
            keys.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE), dir);
        } catch (IOException e) {
            // gone already
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
        try {
            // The watcher thread may be writing pages; wait for it so that nothing is written after close.
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
