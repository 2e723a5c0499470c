package org.gradientatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders several jobs on a pool of threads, each with its own {@link FigureRenderer}. Recipes are pure
 * functions and every renderer has its own painter and writers, so the files are the same bytes as a
 * single-threaded run; results come back in the jobs' order whatever order they finish in.
 */
public final class ParallelRenderer {
    /** One finished job and how long it took (for the terminal only). */
    public record Done(FigureOutputs outputs, long nanos) {
    }

    /** Told about each result, in the jobs' order. */
    public interface Listener {
        void finished(RenderJob<?> job, Done done);
    }

    private final RenderOptions options;
    private final int threads;

    /** @param threads pool size; 0 for one thread per available processor */
    public ParallelRenderer(RenderOptions options, int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be 0 (one per processor) or more, got " + threads);
        }
        this.options = options;
        this.threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    public List<FigureOutputs> render(List<RenderJob<?>> jobs, Listener listener) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
        ThreadLocal<FigureRenderer> renderers = ThreadLocal.withInitial(() -> new FigureRenderer(options));
        try {
            List<Future<Done>> futures = new ArrayList<>();
            for (RenderJob<?> job : jobs) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    FigureOutputs outputs = renderers.get().render(job);
                    return new Done(outputs, System.nanoTime() - start);
                }));
            }
            List<FigureOutputs> results = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Done done = await(futures.get(i));
                listener.finished(jobs.get(i), done);
                results.add(done.outputs());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Done await(Future<Done> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
