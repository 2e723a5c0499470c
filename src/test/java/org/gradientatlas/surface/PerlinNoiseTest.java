package org.gradientatlas.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.ReferenceCsv;
import org.junit.jupiter.api.Test;

class PerlinNoiseTest {
    private static final ReferenceCsv REFERENCE = ReferenceCsv.load("/reference/perlin-noise.csv");

    @Test
    void everyReferenceValueIsBitIdentical() {
        List<String> mismatches = new ArrayList<>();
        for (String[] row : REFERENCE.rows()) {
            PerlinNoise noise = new PerlinNoise(Integer.parseInt(row[2]), (float) Double.parseDouble(row[3]),
                    (float) Double.parseDouble(row[4]), (float) Double.parseDouble(row[5]),
                    (float) Double.parseDouble(row[6]), Integer.parseInt(row[7]));
            float value = noise.at(Double.parseDouble(row[0]), Double.parseDouble(row[1]));
            int expected = Integer.parseUnsignedInt(row[8], 16);
            if (Float.floatToIntBits(value) != expected) {
                mismatches.add(String.join(",", row) + " got " + value);
            }
        }
        assertThat(REFERENCE.rows()).hasSizeGreaterThan(6000);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theReferenceCoversTableReadsPastThe512BytePermutation() {
        long past = REFERENCE.rows().stream().filter(row -> Integer.parseInt(row[7]) > 1
                && Math.abs(Double.parseDouble(row[1])) > 200).count();
        assertThat(past).isGreaterThan(100);
    }

    @Test
    void truncationFollowsX86ForValuesAnIntCannotHold() {
        assertThat(PerlinNoise.truncate(-2.5f)).isEqualTo(-2);
        assertThat(PerlinNoise.truncate(Float.NaN)).isEqualTo(Integer.MIN_VALUE);
        assertThat(PerlinNoise.truncate(3e9f)).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void badSettingsNameTheParameter() {
        assertThatThrownBy(() -> new PerlinNoise(0, 0.5f, 2f, 1024, 1024, 0)).hasMessageContaining("octaves");
        assertThatThrownBy(() -> new PerlinNoise(1, 0.5f, 2f, 0, 1024, 0)).hasMessageContaining("repeatX");
        assertThatThrownBy(() -> new PerlinNoise(1, 0.5f, 2f, 1024, 1024, 256)).hasMessageContaining("base");
    }
}
