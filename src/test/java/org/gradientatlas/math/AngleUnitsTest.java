package org.gradientatlas.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** AngleUnits against StrictMath.toDegrees and toRadians, bit for bit. */
class AngleUnitsTest {
    @Test
    void equalsStrictMath() {
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 100_000; i++) {
            double x = random.nextDouble(-1000, 1000) * Math.scalb(1.0, random.nextInt(-20, 20));
            assertThat(AngleUnits.toDegrees(x)).isEqualTo(StrictMath.toDegrees(x));
            assertThat(AngleUnits.toRadians(x)).isEqualTo(StrictMath.toRadians(x));
        }
        assertThat(AngleUnits.toRadians(180)).isEqualTo(Math.PI);
        assertThat(AngleUnits.toDegrees(-0.0)).isEqualTo(-0.0);
    }
}
