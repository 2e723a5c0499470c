package org.gradientatlas.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    private final ExecutorService imagesThread;
    private final List<Pending> pendingImages = new ArrayList<>();
    private final BooleanSupplier changeWaiting;

    /** A figure published without its images, and the generation that can make them. */
    private record Pending(Workshop workshop, Rendering rendering) {
    }

    FigureRenders(PreviewOptions options, PrintStream out, BooleanSupplier changeWaiting) {
        this.options = options;
        this.out = out;
        this.changeWaiting = changeWaiting;
        this.pool = Executors.newFixedThreadPool(options.threads(), runnable -> daemon(runnable, "preview-render"));
        this.imagesThread = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "preview-images"));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
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
            FigurePage page = workshop.publish(rendering, figureDir(), null);
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

    /** Receives a figure's images, made apart from the render threads, to write them if still current. */
    interface ImageSink {
        void accept(Workshop workshop, Rendering rendering, Object images);
    }

    /** Makes the images of every figure published without them, all at once on the render threads. */
    void imagesNow(ImageSink sink) {
        List<Pending> pending = takePending();
        List<Future<Object>> images = new ArrayList<>();
        for (Pending p : pending) {
            images.add(pool.submit(() -> p.workshop().images(p.rendering())));
        }
        for (int i = 0; i < pending.size(); i++) {
            try {
                sink.accept(pending.get(i).workshop(), pending.get(i).rendering(), images.get(i).get());
            } catch (ExecutionException e) {
                out.println("preview: " + pending.get(i).rendering().id() + ": no PNG: " + FailureLine.of(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Makes the images of every figure published without them on a thread of their own, one figure after the
     * other, handing each to {@code sink}; stops, keeping the rest for the next call, when a newer change waits.
     */
    void imagesLater(ImageSink sink) {
        imagesThread.submit(() -> {
            List<Pending> pending = takePending();
            for (int i = 0; i < pending.size(); i++) {
                if (changeWaiting.getAsBoolean()) {
                    synchronized (pendingImages) {
                        pendingImages.addAll(pending.subList(i, pending.size()));
                    }
                    return;
                }
                Pending p = pending.get(i);
                try {
                    sink.accept(p.workshop(), p.rendering(), p.workshop().images(p.rendering()));
                } catch (RuntimeException | LinkageError e) {
                    out.println("preview: " + p.rendering().id() + ": no PNG: " + FailureLine.of(e));
                }
            }
        });
    }

    /**
     * The figure's state with its files written again, images included, or null when {@code rendering} is no
     * longer its current one (a newer rendering replaced it meanwhile) or the files cannot be written.
     */
    FigureState withImages(Workshop workshop, Rendering rendering, Object images, FigureState state) {
        if (state == null || !rendering.sameFilesAs(state.good())) {
            return null;
        }
        try {
            return state.withPage(workshop.publish(rendering, figureDir(), images));
        } catch (IOException | RuntimeException e) {
            out.println("preview: " + rendering.id() + ": cannot write its images: " + FailureLine.of(e));
            return null;
        }
    }

    private List<Pending> takePending() {
        synchronized (pendingImages) {
            List<Pending> pending = List.copyOf(pendingImages);
            pendingImages.clear();
            return pending;
        }
    }

    private Path figureDir() {
        return options.site().resolve("figures");
    }

    /** Stops the renders and image writers and waits for them, so that no file is written after the preview closed. */
    void close() {
        imagesThread.shutdownNow();
        pool.shutdownNow();
        try {
            // A PNG being encoded does not stop at an interrupt; it finishes within a second or two.
            imagesThread.awaitTermination(30, TimeUnit.SECONDS);
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
