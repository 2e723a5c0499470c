package org.gradientatlas.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.gradientatlas.output.AtomicFiles;
import org.gradientatlas.output.OutputPaths;

/**
 * Renders figures in parallel and settles each one's new state: published (quickly, without images) when its
 * files changed, its error kept beside its last good files when its recipe failed. The images follow later.
 */
final class FigureRenders {
    private final PreviewOptions options;
    private final PrintStream out;
    private final ExecutorService pool;
    private final List<Pending> pendingImages = new ArrayList<>();
    private final BooleanSupplier changeWaiting;

    /** A figure published without its images, and the generation that can make them. */
    private record Pending(Workshop workshop, Rendering rendering) {
    }

    FigureRenders(PreviewOptions options, PrintStream out, BooleanSupplier changeWaiting) {
        this.options = options;
        this.out = out;
        this.changeWaiting = changeWaiting;
        this.pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "preview-render");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Each figure's new state, in the order of {@code ids}. */
    List<FigureState> render(Workshop workshop, List<String> ids, Map<String, FigureState> states,
                             Function<String, String> digests) {
        List<Future<FigureState>> futures = new ArrayList<>();
        for (String id : ids) {
            FigureState state = states.get(id);
            String digest = digests.apply(id);
            futures.add(pool.submit(() -> settle(workshop, state, workshop.render(id), digest)));
        }
        List<FigureState> done = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                done.add(futures.get(i).get());
            } catch (ExecutionException | InterruptedException e) {
                done.add(states.get(ids.get(i)).failed("", FailureLine.of(e)));
            }
        }
        return done;
    }

    private FigureState settle(Workshop workshop, FigureState state, Rendering rendering, String digest) {
        String id = rendering.id();
        if (!rendering.ok()) {
            out.println("preview: " + id + " failed: " + rendering.error()
                    + (state.good() != null ? " (showing its last good figure)" : ""));
            return state.failed(digest, rendering.error());
        }
        if (rendering.sameFilesAs(state.good())) {
            out.println("preview: " + id + " unchanged");
            return state.unchanged(digest);
        }
        try {
            FigurePage page = workshop.publish(rendering, figureDir(), false);
            synchronized (pendingImages) {
                pendingImages.add(new Pending(workshop, rendering));
            }
            if (options.figures() != null) {
                AtomicFiles.write(OutputPaths.inside(options.figures(), id + ".svg"), rendering.svg());
                AtomicFiles.write(OutputPaths.inside(options.figures(), id + ".json"), rendering.json());
            }
            out.println("preview: " + id + (state.good() == null ? " rendered" : " updated"));
            return state.succeeded(digest, rendering, page);
        } catch (IOException | RuntimeException e) {
            out.println("preview: " + id + " failed while writing its files: " + FailureLine.of(e));
            return state.failed(digest, "cannot write its files: " + FailureLine.of(e));
        }
    }

    /**
     * Writes the PNG and thumbnail of every figure published without them, if it is still current. Returns the
     * figures' states with those pages, or null when there was nothing to do. A figure not started when a newer
     * change arrives waits for the next call.
     */
    Map<String, FigureState> completeImages(Map<String, FigureState> figures) {
        List<Pending> pending;
        synchronized (pendingImages) {
            pending = List.copyOf(pendingImages);
            pendingImages.clear();
        }
        Map<String, FigureState> next = new LinkedHashMap<>(figures);
        AtomicInteger written = new AtomicInteger();
        List<Future<?>> writes = new ArrayList<>();
        for (Pending p : pending) {
            String id = p.rendering().id();
            if (next.containsKey(id) && p.rendering().sameFilesAs(next.get(id).good())) {
                writes.add(pool.submit(() -> {
                    if (changeWaiting.getAsBoolean()) {
                        synchronized (pendingImages) {
                            pendingImages.add(p);
                        }
                        return null;
                    }
                    FigurePage page = p.workshop().publish(p.rendering(), figureDir(), true);
                    synchronized (next) {
                        next.put(id, next.get(id).withPage(page));
                        written.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        for (Future<?> write : writes) {
            try {
                write.get();
            } catch (ExecutionException e) {
                out.println("preview: cannot write a figure's images: " + FailureLine.of(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closing
                return null;
            }
        }
        return written.get() == 0 ? null : next;
    }

    private Path figureDir() {
        return options.site().resolve("figures");
    }

    void close() {
        pool.shutdownNow();
    }
}
