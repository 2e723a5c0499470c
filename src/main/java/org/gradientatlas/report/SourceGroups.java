package org.gradientatlas.report;

import java.util.List;

/**
 * The papers and lectures the figures come from, for grouping the gallery: a figure belongs to the group whose
 * seed notebook its source names (see shared/seeds/README.md), else to "Other figures".
 */
final class SourceGroups {
    record Group(String slug, String title, String description) {
    }

    private record Entry(String seedFile, Group group) {
    }

    static final Group OTHER = new Group("other", "Other figures", "");

    private static final List<Entry> ENTRIES = List.of(
            new Entry("004_eb14805ca14f0087", new Group("tango", "True Asymptotic Natural Gradient Optimization",
                    "Y. Ollivier, arXiv:1712.08449: TANGO against SGD and averaged SGD fitting a Gaussian.")),
            new Entry("001_e09dbd3ab7652b01", new Group("lecture-6", "Lecture 6: Gradient Descent and Variants",
                    "Pathological curvature and steep optima, with PyTorch's SGD, momentum, Nesterov, Adagrad,"
                            + " RMSprop and Adam (after the UvA Deep Learning course notebooks).")),
            new Entry("000_eab9f4422d04e6bb", new Group("subgd", "SubGD: subspace gradient descent",
                    "A Perlin-noise loss surface, gradient descent, noisy SGD and SGD projected onto a line.")),
            new Entry("002_51401524b02a2353", new Group("stochastic-landscape", "Stochastic loss landscape",
                    "Per-sample loss against the empirical risk of a one-hidden-unit ReLU model under SGD.")),
            new Entry("003_28586f5862f79d9d", new Group("autograd-demo", "Gradient descent and a tanh perceptron",
                    "Gradient descent in one and two dimensions, and a perceptron's decision boundaries.")));

    private SourceGroups() {
    }

    static Group of(String source) {
        return ENTRIES.stream().filter(e -> source.contains(e.seedFile())).map(Entry::group).findFirst()
                .orElse(OTHER);
    }
}
