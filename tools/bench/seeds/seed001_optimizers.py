"""Seed 001 (Lecture 6, pathological curvature and steep optima) as a script, headless.

Reconstructed from the flattened /work/shared/seeds/001_e09dbd3ab7652b01.txt: the video/HTML widgets,
seaborn (set, then reset before any plot) and tqdm are left out; fig.gca(projection='3d') became
add_subplot (matplotlib 3.6 removed the former), meshgrid got indexing="ij" (the old default), and each
plt.show() became savefig. Usage: python3 seed001_optimizers.py OUT_DIR
"""
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import cm  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402

OUT = sys.argv[1]


def pathological_curve_loss(w1, w2):
    x1_loss = torch.tanh(w1)**2 + 0.01 * torch.abs(w1)
    x2_loss = torch.sigmoid(w2)
    return x1_loss + x2_loss


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


def train_curve(optimizer_func, curve_func=pathological_curve_loss, num_updates=100, init=[5, 5]):
    weights = nn.Parameter(torch.FloatTensor(init), requires_grad=True)
    optimizer = optimizer_func([weights])
    list_points = []
    for _ in range(num_updates):
        loss = curve_func(weights[0], weights[1])
        list_points.append(torch.cat([weights.data.detach(), loss.unsqueeze(dim=0).detach()], dim=0))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return torch.stack(list_points, dim=0).numpy()


def six_runs(curve, lr, init):
    return [train_curve(lambda p: torch.optim.SGD(p, lr=lr), curve, init=init),
            train_curve(lambda p: torch.optim.SGD(p, lr=lr, momentum=0.9), curve, init=init),
            train_curve(lambda p: torch.optim.SGD(p, lr=lr, momentum=0.9, nesterov=True), curve, init=init),
            train_curve(lambda p: torch.optim.Adagrad(p, lr=lr), curve, init=init),
            train_curve(lambda p: torch.optim.RMSprop(p, lr=lr, alpha=0.1), curve, init=init),
            train_curve(lambda p: torch.optim.Adam(p, lr=lr), curve, init=init)]


def draw_runs(ax, runs):
    for points, color, label in zip(runs, ["red", "blue", "darkred", "snow", "darkgreen", "black"],
                                    ["SGD", "Momentum SGD", "Nestrov", "Adagrad", "RMSprop", "Adam"]):
        ax.plot(points[:, 0], points[:, 1], color=color, marker="o", label=label)
    plt.legend()


_ = plot_curve(pathological_curve_loss, plot_3d=True)
plt.savefig(OUT + "/pathological-curvature-surface.svg")
runs = six_runs(pathological_curve_loss, 10, [5, 5])
all_points = np.concatenate(runs, axis=0)
ax = plot_curve(pathological_curve_loss,
                x_range=(-np.absolute(all_points[:, 0]).max(), np.absolute(all_points[:, 0]).max()),
                y_range=(all_points[:, 1].min(), all_points[:, 1].max()), plot_3d=False)
draw_runs(ax, runs)
plt.savefig(OUT + "/pathological-curvature-trajectories.svg")


def bivar_gaussian(w1, w2, x_mean=0.0, y_mean=0.0, x_sig=1.0, y_sig=1.0):
    norm = 1 / (2 * np.pi * x_sig * y_sig)
    x_exp = (-1 * (w1 - x_mean)**2) / (2 * x_sig**2)
    y_exp = (-1 * (w2 - y_mean)**2) / (2 * y_sig**2)
    return norm * torch.exp(x_exp + y_exp)


def comb_func(w1, w2):
    z = -bivar_gaussian(w1, w2, x_mean=1.0, y_mean=-0.5, x_sig=0.2, y_sig=0.2)
    z -= bivar_gaussian(w1, w2, x_mean=-1.0, y_mean=0.5, x_sig=0.2, y_sig=0.2)
    z -= bivar_gaussian(w1, w2, x_mean=-0.5, y_mean=-0.8, x_sig=0.2, y_sig=0.2)
    return z


_ = plot_curve(comb_func, x_range=(-2, 2), y_range=(-2, 2), plot_3d=True, title="Steep optima")
plt.savefig(OUT + "/steep-optima-surface.svg")
runs = six_runs(comb_func, 0.05, [0, 0])
ax = plot_curve(comb_func, x_range=(-2, 2), y_range=(-2, 2), plot_3d=False, title="Steep optima")
draw_runs(ax, runs)
plt.savefig(OUT + "/steep-optima-trajectories.svg")
