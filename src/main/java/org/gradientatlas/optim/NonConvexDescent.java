package org.gradientatlas.optim;

import java.math.BigDecimal;
import org.gradientatlas.math.CorrectlyRoundedExp;
import org.gradientatlas.text.DecimalParser;

/**
 * Seed 003's second demo ({@code perform_2d_gd}): gradient descent on z = −(1 − (x² + y³)) exp(−(x² + y²)/2),
 * value and gradient in the operation order of the seed's autograd graph (MulVariableMod.forward and backward).
 */
public final class NonConvexDescent {
    /** Well above the seed's 15; keeps a bad parameter from running for ever. */
    public static final int MAX_EPOCHS = 1_000_000;

    private NonConvexDescent() {
    }

    /** The seed's z_func / forward: (−(−(x² + y³) + 1)) · exp((−(x² + y²)) · 0.5); "/2" is "* 2**-1." there. */
    public static double value(double x, double y) {
        return valueAndGradient(x, y)[0];
    }

    /**
     * {z, dz/dx, dz/dy}. Backward reaches x and y first through the exponent's x² and y² (giving
     * −(n e 0.5) 2x with n = x² + y³ − 1, e the exponential), then through n's x² and y³ (e 2x, e 3y²).
     */
    public static double[] valueAndGradient(double x, double y) {
        double x2 = x * x;
        double n = -(-(x2 + cube(y)) + 1);
        double e = CorrectlyRoundedExp.exp(-(x2 + y * y) * 0.5);
        double viaExponent = -((n * e) * 0.5);
        double dx = viaExponent * (2 * x) + e * (2 * x);
        double dy = viaExponent * (2 * y) + e * (3 * (y * y));
        return new double[] {n * e, dx, dy};
    }

    /** Rows {x, y, z} for steps 0 ... epochs: the point after k updates and z there. */
    public static double[][] run(double x0, double y0, double learningRate, int epochs) {
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be 1 to " + MAX_EPOCHS + ", got " + epochs);
        }
        double[][] rows = new double[epochs + 1][];
        double x = x0;
        double y = y0;
        for (int k = 0; k <= epochs; k++) {
            double[] g = valueAndGradient(x, y);
            rows[k] = new double[] {x, y, g[0]};
            x -= learningRate * g[1];
            y -= learningRate * g[2];
        }
        return rows;
    }

    /** y³ correctly rounded, as libm's pow(y, 3) gives it (y * y * y can be an ulp off). */
    static double cube(double y) {
        return Double.isFinite(y) ? DecimalParser.toDouble(new BigDecimal(y).pow(3)) : y * y * y;
    }
}
