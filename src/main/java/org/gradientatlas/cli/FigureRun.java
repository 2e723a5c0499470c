package org.gradientatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.output.FigureSet;
import org.gradientatlas.render.FigureOutputs;
import org.gradientatlas.render.ParallelRenderer;
import org.gradientatlas.render.RenderCache;
import org.gradientatlas.render.RenderJob;
import org.gradientatlas.render.RenderOptions;

/**
 * Renders jobs into a directory: skips those the cache says are up to date, renders the rest in parallel, and
 * writes only once every figure has rendered (a failing figure leaves the directory as it was), in job order, each
 * figure's files as one {@link FigureSet}.
 */
final class FigureRun {
    record Result(int rendered, int upToDate) {
    }

    private final RenderOptions options;
    private final int threads;
    private final RenderCache cache;
    private final boolean force;
    private final Progress progress;

    /** @param cache null for no cache (every figure rendered, no manifests written) */
    FigureRun(RenderOptions options, int threads, RenderCache cache, boolean force, Progress progress) {
        this.options = options;
        this.threads = threads;
        this.cache = cache;
        this.force = force;
        this.progress = progress;
    }

    Result run(List<RenderJob<?>> jobs, Path out) throws IOException {
        List<RenderJob<?>> stale = new ArrayList<>();
        List<String> upToDate = new ArrayList<>();
        for (RenderJob<?> job : jobs) {
            if (!force && cache != null && cache.upToDate(out, job.id(), cache.key(job, options))) {
                upToDate.add(job.id());
            } else {
                stale.add(job);
            }
        }
        ReportInOrder report = new ReportInOrder(jobs, upToDate);
        List<FigureOutputs> outputs = new ParallelRenderer(options, threads)
                .render(stale, (job, timed) -> report.rendered(job.id(), timed.nanos()));
        report.rest();
        for (int i = 0; i < stale.size(); i++) {
            write(stale.get(i), outputs.get(i), out);
        }
        return new Result(stale.size(), upToDate.size());
    }

    /** Progress lines in the jobs' order: the up-to-date figures before each rendered one, then the rest. */
    private final class ReportInOrder {
        private final List<RenderJob<?>> jobs;
        private final List<String> upToDate;
        private int next;

        ReportInOrder(List<RenderJob<?>> jobs, List<String> upToDate) {
            this.jobs = jobs;
            this.upToDate = upToDate;
        }

        void rendered(String id, long nanos) {
            for (; next < jobs.size() && !jobs.get(next).id().equals(id); next++) {
                progress.upToDate(jobs.get(next).id());
            }
            next++;
            progress.rendered(id, nanos);
        }

        void rest() {
            for (; next < jobs.size(); next++) {
                if (upToDate.contains(jobs.get(next).id())) {
                    progress.upToDate(jobs.get(next).id());
                }
            }
        }
    }

    private void write(RenderJob<?> job, FigureOutputs figure, Path out) throws IOException {
        if (cache != null) {
            cache.forget(out, job.id());
        }
        FigureSet.write(out, job.id(), figure.files(), figure.sha256());
        if (cache != null) {
            cache.record(out, job.id(), cache.key(job, options), figure.sha256());
        }
    }
}
