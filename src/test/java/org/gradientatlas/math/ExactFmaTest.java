package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * ExactFma against the JVM's Math.fma (a hardware fused multiply-add here), bit for bit, on 300,000 random
 * triples of every kind in FmaInputs and on all triples of edge values; FmaComparison runs the same on
 * hundreds of millions.
 */
class ExactFmaTest {
    private static final int PER_KIND = 30_000;

    @Test
    void doublesEqualMathFmaOnEveryKindOfInput() {
        SplittableRandom random = new SplittableRandom(20240607);
        double[] abc = new double[3];
        for (FmaInputs kind : FmaInputs.values()) {
            for (int i = 0; i < PER_KIND; i++) {
                kind.next(random, abc);
                assertSameDouble(abc[0], abc[1], abc[2], kind);
            }
        }
    }

    @Test
    void floatsEqualMathFmaOnEveryKindOfInput() {
        SplittableRandom random = new SplittableRandom(20240608);
        float[] abc = new float[3];
        for (FmaInputs kind : FmaInputs.values()) {
            for (int i = 0; i < PER_KIND; i++) {
                FloatFmaInputs.next(kind, random, abc);
                float expected = Math.fma(abc[0], abc[1], abc[2]);
                float actual = ExactFma.fma(abc[0], abc[1], abc[2]);
                if (Float.floatToIntBits(actual) != Float.floatToIntBits(expected)) { // assert only then: fast
                    assertThat(actual).as("%s fma(%s, %s, %s)", kind, abc[0], abc[1], abc[2]).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void everyTripleOfEdgeValues() {
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -0x1p-1023,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            1.0, -1.0, Math.nextUp(1.0), Math.nextDown(-1.0), 0x1p-537, -0x1p511, 0x1p512, 3.0, -0x1.8p-1074,
            0x1.fffffffffffffp-1, 0x1.0000000000001p-26, -0x1p-1022 * 0x1.8p0, 1e308, -1e-308};
        int checked = 0;
        for (double a : edges) {
            for (double b : edges) {
                for (double c : edges) {
                    assertSameDouble(a, b, c, "edge");
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(edges.length * edges.length * edges.length);
    }

    @Test
    void signedZerosAndTiesFollowIeee() {
        assertThat(Double.doubleToRawLongBits(ExactFma.fma(-0x1p-600, 0x1p-600, 0.0))).isEqualTo(
                Double.doubleToRawLongBits(-0.0)); // a tiny negative product rounds to -0, + 0 keeps it
        assertThat(Double.doubleToRawLongBits(ExactFma.fma(1.0, 1.0, -1.0))).isZero(); // exact 0 is +0
        assertThat(Double.doubleToRawLongBits(ExactFma.fma(-0.0, 1.0, -0.0))).isEqualTo(Long.MIN_VALUE);
        // (2^27 + 1)^2 = 2^54 + 2^28 + 1: rounded once it is 2^54 + 2^28; the separate product and sum
        // round 2^54 + 2^28 + 1 - 2^54 to 2^28 and give the same, but with c = -1 the fma is exact.
        double a = 0x1p27 + 1;
        assertThat(ExactFma.fma(a, a, -0x1p54)).isEqualTo(0x1p28 + 1);
        assertThat(ExactFma.fma(Double.MAX_VALUE, 2.0, -Double.MAX_VALUE)).isEqualTo(Double.MAX_VALUE);
        assertThat(ExactFma.fma(0x1p-1074, 0.5, 0.0)).isZero(); // a tie between 0 and 2^-1074: even
        assertThat(ExactFma.fma(0x1p-1074, 1.5, 0.0)).isEqualTo(0x1p-1073); // a tie: to even
        // (1 + 2^-23)^2 - 1 = 2^-22 + 2^-46, halfway between 2^-22 and the next float: even, 2^-22
        assertThat(ExactFma.fma(0x1.000002p0f, 0x1.000002p0f, -1f)).isEqualTo(0x1p-22f);
    }

    private static void assertSameDouble(double a, double b, double c, Object kind) {
        double expected = Math.fma(a, b, c);
        double actual = ExactFma.fma(a, b, c);
        if (Double.doubleToLongBits(actual) != Double.doubleToLongBits(expected)) { // assert only then: fast
            assertThat(Double.toHexString(actual)).as("%s fma(%s, %s, %s)", kind, Double.toHexString(a),
                    Double.toHexString(b), Double.toHexString(c)).isEqualTo(Double.toHexString(expected));
        }
    }
}
