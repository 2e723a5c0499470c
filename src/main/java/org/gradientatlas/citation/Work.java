package org.gradientatlas.citation;

import java.util.List;
import java.util.Optional;

/**
 * The papers, lectures and notebooks the atlas's figures come from, each with its citation and its gallery
 * group. What each citation says comes from the source notebooks themselves (see docs/citations.md); where a
 * notebook names no author, year or address, the citation says so instead of guessing.
 */
public enum Work {
    TANGO("tango", "True Asymptotic Natural Gradient Optimization",
            "TANGO against SGD and averaged SGD fitting a Gaussian (the paper's Figure 1).",
            new Citation("ollivier2017tango", Citation.EntryType.ARTICLE, List.of("Ollivier, Yann"),
                    "True Asymptotic Natural Gradient Optimization", Optional.of(2017), "arXiv preprint",
                    "https://arxiv.org/abs/1712.08449", "1712.08449",
                    "Figure 1 as re-created in the notebook by GitHub user notwa,"
                            + " https://gist.github.com/notwa/c5bea383d1aa0d2ec5bec2c4a751edc9 (2019).")),
    OPTIMIZER_LECTURE("lecture-6", "Lecture 6: Gradient Descent and Variants",
            "Pathological curvature and steep optima, with PyTorch's SGD, momentum, Nesterov, Adagrad,"
                    + " RMSprop and Adam.",
            new Citation("dl4cv-lecture6-code", Citation.EntryType.MISC, List.of(),
                    "Lecture 6: Gradient Descent and Variants Part 2 Code",
                    Optional.empty(), "Deep Learning for Computer Vision (NPTEL), course notebooks",
                    "https://github.com/DL4CV-NPTEL/Deep-Learning-For-Computer-Vision", "",
                    "The notebook names no author or year. Its code is adopted, as it says, from the University"
                            + " of Amsterdam's Deep Learning course: P. Lippe, \"Tutorial 4: Optimization and"
                            + " Initialization\", UvA Deep Learning Tutorials, 2022,"
                            + " https://uvadlc-notebooks.readthedocs.io.")),
    SUBGD("subgd", "SubGD: subspace gradient descent",
            "A Perlin-noise loss surface, gradient descent, noisy SGD and SGD projected onto a line.",
            new Citation("gauch2022subgd", Citation.EntryType.INPROCEEDINGS,
                    List.of("Gauch, Martin", "Beck, Maximilian", "Adler, Thomas", "Kotsur, Dmytro", "Fiel, Stefan",
                            "Eghbal-zadeh, Hamid", "Brandstetter, Johannes", "Kofler, Johannes",
                            "Holzleitner, Markus", "Zellinger, Werner", "Klotz, Daniel", "Hochreiter, Sepp",
                            "Lehner, Sebastian"),
                    "Few-Shot Learning by Dimensionality Reduction in Gradient Space", Optional.of(2022),
                    "Conference on Lifelong Learning Agents (CoLLAs)", "https://arxiv.org/abs/2206.03483",
                    "2206.03483",
                    "The figures follow an unsigned work-up notebook of the illustration in the authors' blog"
                            + " post, https://ml-jku.github.io/subgd/.")),
    STOCHASTIC_LANDSCAPE("stochastic-landscape", "Stochastic loss landscape",
            "Per-sample loss against the empirical risk of a one-hidden-unit ReLU model under SGD.",
            new Citation("stochastic-landscape-minimal-mlp", Citation.EntryType.MISC, List.of(),
                    "Stochastic optimization landscape of a minimal MLP", Optional.empty(), "Jupyter notebook",
                    "", "", "The notebook names no author, year or address.")),
    AUTOGRAD_DEMO("autograd-demo", "Gradient descent and a tanh perceptron",
            "Gradient descent in one and two dimensions, and a perceptron's decision boundaries.",
            new Citation("autograd-demo-2022", Citation.EntryType.MISC, List.of(),
                    "Autograd demo: gradient descent and a tanh perceptron", Optional.of(2022),
                    "Web page demonstrating its author's Autograd repository", "", "",
                    "The page, dated October 2022, names no author and gives no address; the title here"
                            + " describes its content."));

    private final String slug;
    private final String groupTitle;
    private final String groupDescription;
    private final Citation citation;

    Work(String slug, String groupTitle, String groupDescription, Citation citation) {
        this.slug = slug;
        this.groupTitle = groupTitle;
        this.groupDescription = groupDescription;
        this.citation = citation;
    }

    /** The gallery anchor of the work's group of figures. */
    public String slug() {
        return slug;
    }

    public String groupTitle() {
        return groupTitle;
    }

    public String groupDescription() {
        return groupDescription;
    }

    public Citation citation() {
        return citation;
    }
}
