package org.gradientatlas.render;

import java.util.List;

/**
 * Renders several jobs on a pool of threads, each with its own {@link FigureRenderer}. Recipes are pure
 * functions and every renderer has its own painter and writers, so the files are the same bytes as a
 * single-threaded run; results come back in the jobs' order whatever order they finish in.
 */
public final class ParallelRenderer {
    private final RenderOptions options;
    private final int threads;

    /** @param threads pool size; 0 for one thread per available processor */
    public ParallelRenderer(RenderOptions options, int threads) {
        this.options = options;
        this.threads = OrderedPool.threads(threads);
    }

    public List<FigureOutputs> render(List<RenderJob<?>> jobs,
                                      OrderedPool.Listener<RenderJob<?>, FigureOutputs> listener) {
        return OrderedPool.map(jobs, threads, () -> new FigureRenderer(options)::render, listener);
    }
}
