package org.gradientatlas.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientatlas.ReferenceCsv;
import org.gradientatlas.random.NumpyRandomState;
import org.gradientatlas.surface.PerlinLossGrid;
import org.gradientatlas.surface.PerlinNoise;
import org.gradientatlas.surface.RegularGridLinear;
import org.junit.jupiter.api.Test;

class FiniteDifferenceDescentTest {
    private static final RegularGridLinear NOISE = PerlinLossGrid.interpolated(
            PerlinLossGrid.perlin(50, 100, new PerlinNoise(6, 0.5f, 2f, 1024, 1024, 42)));
    private static final RegularGridLinear QUADRATIC = PerlinLossGrid.interpolated(
            PerlinLossGrid.quadratic(RegularGridLinear.linspaceWithoutEndpoint(0, 1, 50)));
    private static final ReferenceCsv RUNS = ReferenceCsv.load("/reference/subgd-runs.csv");
    private static final Pattern STEP = Pattern.compile(
            "(?:Start from theta_0|Step \\d+: theta): \\[\\s*(\\S+)\\s+(\\S+)\\s*\\],? Loss: \\[(\\S+)\\]");

    /** Seed 000 cell 7, as printed. */
    private static final String QUADRATIC_PRINTED = """
            Start from theta_0: [0.8 0.6], Loss: [1.]
            Step 0: theta: [0.638 0.478] Loss: [0.6356]
            Step 1: theta: [0.512 0.384] Loss: [0.40976]
            Step 2: theta: [0.41  0.306] Loss: [0.26192]
            Step 3: theta: [0.328 0.244] Loss: [0.16728]
            Step 4: theta: [0.262 0.194] Loss: [0.1064]
            Step 5: theta: [0.208 0.156] Loss: [0.06776]
            Step 6: theta: [0.166 0.126] Loss: [0.0436]
            Step 7: theta: [0.132 0.1  ] Loss: [0.02752]
            Step 8: theta: [0.106 0.078] Loss: [0.01744]
            Step 9: theta: [0.084 0.064] Loss: [0.01128]
            """;
    /** Cell 8, as printed (the notebook's output stops in step 16). */
    private static final String GD_A_PRINTED = """
            Start from theta_0: [0.58 0.63], Loss: [0.09264963]
            Step 0: theta: [0.58327346 0.6281772 ] Loss: [0.09125477]
            Step 1: theta: [0.58651957 0.62640353] Loss: [0.08989509]
            Step 2: theta: [0.58973907 0.62467858] Loss: [0.08856937]
            Step 3: theta: [0.59293267 0.62300194] Loss: [0.08727638]
            Step 4: theta: [0.59610111 0.62137323] Loss: [0.08601495]
            Step 5: theta: [0.59924511 0.61979207] Loss: [0.0847517]
            Step 6: theta: [0.6025331  0.61793574] Loss: [0.08299507]
            Step 7: theta: [0.60634857 0.61501361] Loss: [0.08071798]
            Step 8: theta: [0.61007866 0.61220295] Loss: [0.07856727]
            Step 9: theta: [0.61372665 0.60950127] Loss: [0.07653538]
            Step 10: theta: [0.6172957  0.60690616] Loss: [0.07461517]
            Step 11: theta: [0.62078894 0.60441532] Loss: [0.07277625]
            Step 12: theta: [0.62450904 0.60194044] Loss: [0.07070625]
            Step 13: theta: [0.62842694 0.59916825] Loss: [0.06819665]
            Step 14: theta: [0.632586 0.59489 ] Loss: [0.06434913]
            Step 15: theta: [0.63718788 0.58993997] Loss: [0.05954535]
            """;
    /** Cell 9, as printed. */
    private static final String GD_B_PRINTED = """
            Start from theta_0: [0.28 0.36], Loss: [0.06214212]
            Step 0: theta: [0.28153945 0.35826598] Loss: [0.06159741]
            Step 1: theta: [0.28309966 0.35649141] Loss: [0.06103576]
            Step 2: theta: [0.2846811  0.35469816] Loss: [0.0604607]
            Step 3: theta: [0.28628402 0.35288599] Loss: [0.05987189]
            Step 4: theta: [0.28790862 0.35105463] Loss: [0.05926901]
            Step 5: theta: [0.28955515 0.34920382] Loss: [0.05865171]
            Step 6: theta: [0.29122383 0.34733331] Loss: [0.05801964]
            Step 7: theta: [0.2929149  0.34544282] Loss: [0.05737244]
            Step 8: theta: [0.2946286  0.34353208] Loss: [0.05670976]
            Step 9: theta: [0.29636517 0.34160084] Loss: [0.0560312]
            Step 10: theta: [0.29812486 0.33964881] Loss: [0.05527856]
            Step 11: theta: [0.29990329 0.33709735] Loss: [0.05403922]
            Step 12: theta: [0.30457145 0.33347956] Loss: [0.05035463]
            Step 13: theta: [0.3097309  0.32963247] Loss: [0.04611303]
            Step 14: theta: [0.3150834  0.32552645] Loss: [0.04145187]
            Step 15: theta: [0.32064196 0.32115183] Loss: [0.03636552]
            """;

    @Test
    void theLossAtTheFirstStartIsThePrintedOne() {
        assertThat(printed(NOISE.value(0.58, 0.63))).isEqualTo("0.09264963");
    }

    @Test
    void reproducesTheQuadraticRunAsPrinted() {
        assertPrinted(QUADRATIC_PRINTED, new FiniteDifferenceDescent(QUADRATIC, 0.1, 1e-3).run(0.8, 0.6, 10), 11);
    }

    @Test
    void reproducesBothNoiseRunsAsPrinted() {
        assertPrinted(GD_A_PRINTED, new FiniteDifferenceDescent(NOISE, 0.01, 1e-3).run(0.58, 0.63, 80), 17);
        assertPrinted(GD_B_PRINTED, new FiniteDifferenceDescent(NOISE, 0.01, 1e-3).run(0.28, 0.36, 200), 17);
    }

    @Test
    void everyRunMatchesTheSeedCodeBitForBit() {
        FiniteDifferenceDescent noise = new FiniteDifferenceDescent(NOISE, 0.01, 1e-3);
        assertSameAsReference("quadratic", new FiniteDifferenceDescent(QUADRATIC, 0.1, 1e-3).run(0.8, 0.6, 10));
        assertSameAsReference("gdA", noise.run(0.58, 0.63, 80));
        assertSameAsReference("gdB", noise.run(0.28, 0.36, 200));
        for (int seed : new int[] {0, 1, 7}) {
            assertSameAsReference("sgd-seed" + seed, noise.runNoisy(0.28, 0.36, 150, new NumpyRandomState(seed), 0.7));
        }
    }

    @Test
    void aRunThatLeavesTheDomainRepeatsItsLastStepInside() {
        DescentRun run = new FiniteDifferenceDescent(NOISE, 0.01, 1e-3).run(0.28, 0.36, 200);
        assertThat(run.leftDomainAt()).isEqualTo(184);
        assertThat(run.lastInside()).isEqualTo(183);
        assertThat(run.b()[183]).isPositive();
        assertThat(run.b()[200]).isEqualTo(run.b()[183]);
        assertThat(run.probeOutsideAt()).isEqualTo(-1);
    }

    @Test
    void aProbeOutsideTheDomainGivesAZeroGradient() {
        DescentRun run = new FiniteDifferenceDescent(QUADRATIC, 0.1, 1e-3).run(0.98, 0.5, 3);
        assertThat(run.probeOutsideAt()).isEqualTo(1);
        assertThat(run.a()[1]).isEqualTo(0.98);
        assertThat(run.b()[1]).isEqualTo(0.5);
        assertThat(run.leftDomainAt()).isEqualTo(-1);
    }

    private static void assertSameAsReference(String name, DescentRun run) {
        List<String[]> rows = RUNS.rows().stream().filter(r -> r[0].equals(name)).toList();
        assertThat(run.points()).as(name).isEqualTo(rows.size());
        int leftAt = -1;
        for (String[] row : rows) {
            int k = Integer.parseInt(row[1]);
            assertThat(new double[] {run.a()[k], run.b()[k], run.loss()[k]}).as("%s step %d", name, k)
                    .containsExactly(Double.parseDouble(row[2]), Double.parseDouble(row[3]),
                            Double.parseDouble(row[4]));
            leftAt = leftAt < 0 && row[5].contains("leftDomain") ? k : leftAt;
            assertThat(row[5]).doesNotContain("probeOutside");
        }
        assertThat(run.leftDomainAt()).as(name).isEqualTo(leftAt);
    }

    private static void assertPrinted(String printed, DescentRun run, int lines) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        Matcher m = STEP.matcher(printed);
        int k = 0;
        while (m.find()) {
            expected.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
            actual.add(printed(run.a()[k]) + " " + printed(run.b()[k]) + " " + printed(run.loss()[k]));
            k++;
        }
        assertThat(k).isEqualTo(lines);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** numpy's default print of a float64 array element: at most 8 decimals, trailing zeros dropped ("1."). */
    private static String printed(double v) {
        String text = new BigDecimal(v).setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return text.contains(".") ? text : text + ".";
    }
}
