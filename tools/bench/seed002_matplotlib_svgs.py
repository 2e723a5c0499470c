#!/usr/bin/python3
"""Saves seed 002's plot_map(sample) for samples 0, 10, 50 and 99 as matplotlib SVG, to compare sizes with
Gradient Atlas's stochastic-landscape figures.

Usage: /usr/bin/python3 tools/bench/seed002_matplotlib_svgs.py OUT_DIR
The seed's plot_map cell, headless with Debian's matplotlib, on the data, grids and SGD path of
tools/reference/stochastic_landscape.py (numpy RandomState(0), float64) instead of unseeded torch draws.
"""
import os
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

rs = np.random.RandomState(0)
x = rs.uniform(-1, 1, 100)
y = 2 * x + rs.normal(0, 0.1, 100)
W1, W2 = np.meshgrid(np.linspace(-3, 3, 100), np.linspace(-3, 3, 100))
G = (W1[None] * np.maximum(W2[None] * x[:, None, None], 0) - y[:, None, None]) ** 2
G_mean = G.mean(axis=0)
w = np.array([1.2, -2.3])
iterate_rec, grad_rec = [], []
for xk, yk in zip(x, y):
    h = w[1] * xk
    d = 2 * (w[0] * max(h, 0) - yk)
    g = np.array([d * max(h, 0), d * w[0] * xk if h > 0 else 0.0])
    iterate_rec.append(w.copy())
    grad_rec.append(g)
    w = w - 0.05 * g
iterate_rec, grad_rec = np.array(iterate_rec), np.array(grad_rec)


def plot_map(sample):
    fig, (ax1, ax2) = plt.subplots(ncols=2, figsize=(12, 6))
    ax1.contourf(W1, W2, np.log(G[sample]))
    ax1.scatter(iterate_rec[sample, 0], iterate_rec[sample, 1], color='orange')
    ax1.arrow(iterate_rec[sample, 0], iterate_rec[sample, 1], -5 * grad_rec[sample, 0], -5 * grad_rec[sample, 1],
              head_width=0.1, head_length=0.2, fc='orange', ec='orange')
    ax2.contourf(W1, W2, np.log(G_mean))
    ax2.plot(iterate_rec[:sample, 0], iterate_rec[:sample, 1], linestyle='-', marker='o', markersize=8,
             color='orange', linewidth=4)
    return fig


out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for k in (0, 10, 50, 99):
    fig = plot_map(k)
    path = os.path.join(out, f"stochastic-landscape-k{k}.svg")
    fig.savefig(path, format="svg")
    plt.close(fig)
    print(path, os.path.getsize(path))
