#!/usr/bin/python3
"""Saves seed 001's four figures as matplotlib SVG, to compare sizes with Gradient Atlas's.

Usage: /usr/bin/python3 tools/bench/seed001_matplotlib_svgs.py OUT_DIR
Runs the seed's own code (plot_curve, train_curve) headless with Debian's matplotlib and torch.
"""
import os
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib import cm
import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "reference"))
from optimizer_comparison import comb_func, optimizers, pathological_curve_loss, train_curve  # noqa: E402


def plot_curve(curve_fn, x_range=(-5, 5), y_range=(-5, 5), plot_3d=False, cmap=cm.viridis,
               title="Pathological curvature"):
    fig = plt.figure()
    ax = fig.add_subplot(projection='3d') if plot_3d else fig.gca()
    x = torch.arange(x_range[0], x_range[1], (x_range[1] - x_range[0]) / 100.)
    y = torch.arange(y_range[0], y_range[1], (y_range[1] - y_range[0]) / 100.)
    x, y = torch.meshgrid([x, y], indexing="ij")
    z = curve_fn(x, y)
    x, y, z = x.numpy(), y.numpy(), z.numpy()
    if plot_3d:
        ax.plot_surface(x, y, z, cmap=cmap, linewidth=1, color="#000", antialiased=False)
        ax.set_zlabel("loss")
    else:
        ax.imshow(z.T[::-1], cmap=cmap, extent=(x_range[0], x_range[1], y_range[0], y_range[1]))
    plt.title(title)
    ax.set_xlabel(r"$w_1$")
    ax.set_ylabel(r"$w_2$")
    plt.tight_layout()
    return ax


def trajectories(fn, lr, init, title, ranges):
    points = [train_curve(make, fn, init=init) for _, make in optimizers(lr)]
    all_points = np.concatenate(points, axis=0)
    if ranges is None:
        ranges = ((-np.absolute(all_points[:, 0]).max(), np.absolute(all_points[:, 0]).max()),
                  (all_points[:, 1].min(), all_points[:, 1].max()))
    ax = plot_curve(fn, x_range=ranges[0], y_range=ranges[1], plot_3d=False, title=title)
    for p, (color, label) in zip(points, [("red", "SGD"), ("blue", "Momentum SGD"), ("darkred", "Nestrov"),
                                          ("snow", "Adagrad"), ("darkgreen", "RMSprop"), ("black", "Adam")]):
        ax.plot(p[:, 0], p[:, 1], color=color, marker="o", label=label)
    plt.legend()


def main(out):
    os.makedirs(out, exist_ok=True)
    plot_curve(pathological_curve_loss, plot_3d=True)
    plt.savefig(out + "/pathological-curvature-surface.svg")
    trajectories(pathological_curve_loss, 10, [5, 5], "Pathological curvature", None)
    plt.savefig(out + "/pathological-curvature-trajectories.svg")
    plot_curve(comb_func, x_range=(-2, 2), y_range=(-2, 2), plot_3d=True, title="Steep optima")
    plt.savefig(out + "/steep-optima-surface.svg")
    trajectories(comb_func, 0.05, [0, 0], "Steep optima", ((-2, 2), (-2, 2)))
    plt.savefig(out + "/steep-optima-trajectories.svg")


if __name__ == "__main__":
    main(sys.argv[1])
