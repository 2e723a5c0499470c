package org.gradientatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps jobs on a pool of threads, each thread with its own worker (renderers are not thread-safe), and hands the
 * results back in the jobs' order whatever order they finish in.
 */
public final class OrderedPool {
    /** A result and how long it took (for the terminal only). */
    public record Timed<R>(R result, long nanos) {
    }

    /** Told about each result, in the jobs' order. */
    public interface Listener<J, R> {
        void finished(J job, Timed<R> timed);
    }

    private OrderedPool() {
    }

    /** Threads for {@code requested}: 0 means one per available processor. */
    public static int threads(int requested) {
        if (requested < 0) {
            throw new IllegalArgumentException("--threads must be 0 (one per processor) or more, got " + requested);
        }
        return requested == 0 ? Runtime.getRuntime().availableProcessors() : requested;
    }

    public static <J, R> List<R> map(List<J> jobs, int threads, Supplier<Function<J, R>> worker,
                                     Listener<J, R> listener) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads(threads), jobs.size()));
        ThreadLocal<Function<J, R>> workers = ThreadLocal.withInitial(worker);
        try {
            List<Future<Timed<R>>> futures = new ArrayList<>();
            for (J job : jobs) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    R result = workers.get().apply(job);
                    return new Timed<>(result, System.nanoTime() - start);
                }));
            }
            List<R> results = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Timed<R> timed = await(futures.get(i));
                listener.finished(jobs.get(i), timed);
                results.add(timed.result());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> Timed<R> await(Future<Timed<R>> future) {
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
