package org.gradientatlas.random;

import org.gradientatlas.text.ShortestDecimal;

/**
 * scikit-learn 1.2's {@code make_blobs(n_samples, centers, n_features, cluster_std, center_box, shuffle=True,
 * random_state)} (sklearn/datasets/_samples_generator.py) with an integer {@code centers}, drawn from a
 * {@link NumpyRandomState} in sklearn's order: the centres as {@code uniform(box_low, box_high, (centers,
 * n_features))}, each centre's points as {@code normal(centre, cluster_std, (n, n_features))}, then the rows
 * permuted by {@code sklearn.utils.shuffle} ({@code arange} shuffled by the same stream).
 */
public final class MakeBlobs {
    /** Far above the seed's 100 points; keeps a bad parameter from allocating without bound. */
    public static final int MAX_SAMPLES = 1_000_000;

    /**
     * The generated data: {@code points[i]} has the features of sample i and {@code labels[i]} its centre's index;
     * {@code centers} are the drawn centres.
     */
    public record Blobs(double[][] points, int[] labels, double[][] centers) {
    }

    private MakeBlobs() {
    }

    public static Blobs make(NumpyRandomState random, int samples, int centers, int features, double clusterStd,
                             double boxLow, double boxHigh) {
        check(samples, centers, features, clusterStd, boxLow, boxHigh);
        double[][] centres = new double[centers][features];
        for (double[] centre : centres) {
            for (int f = 0; f < features; f++) {
                centre[f] = random.uniform(boxLow, boxHigh);
            }
        }
        double[][] points = new double[samples][features];
        int[] labels = new int[samples];
        int row = 0;
        for (int c = 0; c < centers; c++) {
            // n_samples // centers each, the first n_samples % centers centres one more
            int count = samples / centers + (c < samples % centers ? 1 : 0);
            for (int k = 0; k < count; k++, row++) {
                for (int f = 0; f < features; f++) {
                    points[row][f] = random.normal(centres[c][f], clusterStd);
                }
                labels[row] = c;
            }
        }
        return shuffled(random, points, labels, centres);
    }

    /** sklearn.utils.shuffle: rows taken in the order of a permutation of arange(n) from the same stream. */
    private static Blobs shuffled(NumpyRandomState random, double[][] points, int[] labels, double[][] centres) {
        int[] order = random.permutation(points.length);
        double[][] shuffledPoints = new double[points.length][];
        int[] shuffledLabels = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            shuffledPoints[i] = points[order[i]];
            shuffledLabels[i] = labels[order[i]];
        }
        return new Blobs(shuffledPoints, shuffledLabels, centres);
    }

    private static void check(int samples, int centers, int features, double clusterStd, double boxLow,
                              double boxHigh) {
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("nSamples must be 1 to " + MAX_SAMPLES + ", got " + samples);
        }
        if (centers < 1 || centers > samples) {
            throw new IllegalArgumentException("centers must be 1 to nSamples (" + samples + "), got " + centers);
        }
        if (features < 1 || features > 1000) {
            throw new IllegalArgumentException("nFeatures must be 1 to 1000, got " + features);
        }
        if (!(clusterStd >= 0 && Double.isFinite(clusterStd))) {
            throw new IllegalArgumentException("clusterStd must be finite and at least 0, got "
                    + ShortestDecimal.text(clusterStd));
        }
        if (!(boxLow <= boxHigh && Double.isFinite(boxLow) && Double.isFinite(boxHigh))) {
            throw new IllegalArgumentException("centerBox must be finite with low <= high, got ("
                    + ShortestDecimal.text(boxLow) + ", "
                    + ShortestDecimal.text(boxHigh) + ")");
        }
    }
}
