#!/usr/bin/python3
"""Re-runs seed 002 (stochastic loss landscape of f(x) = w1 * relu(w2 * x)) in float64 numpy and writes the
reference values that the stochastic-landscape tests assert: the data, a sample of the per-sample loss grids
G[k] and of the empirical risk G_mean, the whole SGD path, and the levels matplotlib's contourf picks for the
seed's plot_map (log G[k] for the four figures' samples, log G_mean).

Usage: /usr/bin/python3 tools/reference/stochastic_landscape.py > src/test/resources/reference/stochastic-landscape.csv
The seed draws x and eps with torch and no seed; Gradient Atlas draws them from numpy's legacy RandomState(0)
as below. make_grids and train are the seed's cells in float64 (the seed uses float32), written out with
torch's operation order: loss (w1 * relu(w2 * x) - y)**2; its backward as autograd evaluates it: d = 2 * (pred
- y), g1 = d * relu(w2 * x), g2 = (d * w1) * x where w2 * x > 0 and exactly 0 elsewhere (threshold_backward,
relu's subgradient at 0 is 0); SGD's step w - lr * g. G_mean is torch.mean(G, dim=0): the sum over samples
in data order, then divided by n. The normal draws are also made with a correctly rounded log
(legacy_polar.py), as NumpyRandomState draws them; the script checks that both give the same eps here."""
import math

import matplotlib
import mpmath
import numpy as np

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import correctly_rounded
from legacy_polar import LegacyNormal

SEED, N, GRID, LR, INIT = 0, 100, 100, 0.05, (1.2, -2.3)

rs = np.random.RandomState(SEED)
x = rs.uniform(-1, 1, N)
eps = rs.normal(0, 0.1, N)
twin = np.random.RandomState(SEED)
twin.uniform(-1, 1, N)
cr_normal = LegacyNormal(twin.random_sample, correctly_rounded.log)
assert all(cr_normal.normal(0, 0.1) == e for e in eps), "glibc's and a correctly rounded log draw different eps"
y = 2 * x + eps

w1 = np.linspace(-3, 3, GRID)
w2 = np.linspace(-3, 3, GRID)
W1, W2 = np.meshgrid(w1, w2)  # W1[j, i] = w1[i], W2[j, i] = w2[j], as Grid's z[j][i]
G = (W1[None] * np.maximum(W2[None] * x[:, None, None], 0) - y[:, None, None]) ** 2
G_mean = np.mean(G, axis=0)
sequential = np.zeros_like(G_mean)
for k in range(N):
    sequential += G[k]
assert np.array_equal(G_mean, sequential / N), "numpy's mean is not the sequential sum over samples"


def train():
    w = list(INIT)
    rows = []
    for xk, yk in zip(x, y):
        h = w[1] * xk
        r = h if h > 0 else 0.0
        d = 2.0 * (w[0] * r - yk)
        g = (d * r, (d * w[0]) * xk if h > 0 else 0.0)
        rows.append((w[0], w[1], g[0], g[1]))
        w = [w[0] - LR * g[0], w[1] - LR * g[1]]
    return rows


print("# provenance: tools/reference/stochastic_landscape.py (seed 002 make_grids and train in float64) run with"
      + " Debian python3-numpy " + np.__version__ + ", matplotlib " + matplotlib.__version__ + ", mpmath " + mpmath.__version__ + "; data from"
      + " RandomState(" + str(SEED) + "): x = uniform(-1, 1, 100), eps = normal(0, 0.1, 100), y = 2x + eps")
print("# kind data: k, x, y; kind sampleLoss: G[k] at grid column i (w1) and row j (w2); kind empiricalRisk:"
      + " G_mean at (i, j); kind sgd: step k, the iterate (w1, w2) and gradient (g1, g2) before update k + 1;"
      + " kind levels: contourf(W1, W2, log G[k]).levels[i] (k empty: of log G_mean) in the loss column")
print("kind,k,i,j,x,y,w1,w2,loss,g1,g2")
for k in range(N):
    print(f"data,{k},,,{x[k]!r},{y[k]!r},,,,,")
points = [(0, 0), (99, 0), (0, 99), (99, 99), (49, 50), (50, 49), (13, 71), (71, 13), (37, 88), (88, 37),
          (5, 20), (64, 93)]
for k in (0, 1, 10, 50, 98, 99):
    for i, j in points:
        print(f"sampleLoss,{k},{i},{j},,,{w1[i]!r},{w2[j]!r},{G[k, j, i]!r},,")
for i, j in points + [(i, i) for i in range(0, GRID, 9)]:
    print(f"empiricalRisk,,{i},{j},,,{w1[i]!r},{w2[j]!r},{G_mean[j, i]!r},,")
for step, (a, b, g1, g2) in enumerate(train()):
    print(f"sgd,{step},,,,,{a!r},{b!r},,{g1!r},{g2!r}")
for k in (0, 10, 50, 99, None):
    levels = plt.contourf(W1, W2, np.log(G_mean if k is None else G[k])).levels
    for i, level in enumerate(levels):
        print(f"levels,{'' if k is None else k},{i},,,,,,{float(level)!r},,")
