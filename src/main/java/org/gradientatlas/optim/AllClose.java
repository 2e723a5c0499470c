package org.gradientatlas.optim;

/** numpy's {@code allclose(a, b, rtol, atol)}: |a - b| <= atol + rtol * |b| element-wise; NaN is never close. */
public final class AllClose {
    private AllClose() {
    }

    public static boolean allClose(double a0, double a1, double b0, double b1, double rtol, double atol) {
        return isClose(a0, b0, rtol, atol) && isClose(a1, b1, rtol, atol);
    }

    static boolean isClose(double a, double b, double rtol, double atol) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= atol + rtol * Math.abs(b);
    }
}
