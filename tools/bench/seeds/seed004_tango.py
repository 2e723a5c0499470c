"""Seed 004 (TANGO, arXiv 1712.08449, Figure 1) as a script: the notebook's cells in order, headless.

Reconstructed from /work/shared/seeds/004_eb14805ca14f0087.txt (a gist of a notebook); only plt.show(fig)
became savefig. Usage: python3 seed004_tango.py OUT_DIR
"""
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

OUT = sys.argv[1]
np.random.seed(1234)


def pdf(x, mu, sigma):
    return np.exp(-(x - mu)**2 / (2 * sigma**2)) / np.sqrt(2 * np.pi * sigma**2)


def nll(x, mu, sigma):  # negative log-likelihood
    return (x - mu)**2 / (2 * sigma**2) + np.log(2 * np.pi * sigma**2) / 2


def d_nll_x(x, mu, sigma):
    return (x - mu) / sigma**2


def d_nll_mu(x, mu, sigma):
    return (mu - x) / sigma**2


def d_nll_sigma(x, mu, sigma):
    return (1 - (x / sigma - mu / sigma)**2) / sigma


def _check(f, g):
    args = np.random.uniform(size=(3, 1000)) * 0.999 + 0.001
    return np.allclose(f(*args), g(*args))


def _grad(f, args, ind, eps=1e-7):
    a = np.array(args)
    b = a.copy()
    a[ind] -= eps
    b[ind] += eps
    return f(*b) / (2 * eps) - f(*a) / (2 * eps)


assert _check(lambda *args: np.exp(-nll(*args)), pdf), "nll or pdf is incorrect"
assert _check(lambda *args: _grad(nll, args, 0), d_nll_x), "d_nll_x is incorrect"
assert _check(lambda *args: _grad(nll, args, 1), d_nll_mu), "d_nll_mu is incorrect"
assert _check(lambda *args: _grad(nll, args, 2), d_nll_sigma), "d_nll_sigma is incorrect"


def to_modified(typical):
    params = typical.copy()
    params[1] = np.log(params[1])
    return params


def to_typical(params):
    typical = params.copy()
    typical[1] = np.exp(typical[1])
    return typical


def grad(x, params):
    mu, sigma = to_typical(params)
    return np.array([
        d_nll_mu(x, mu, sigma),
        d_nll_sigma(x, mu, sigma) * sigma,  # chain rule
    ], float)


sgd_rate = 1e-3
gamma = 1e-2
delta_time = 1e-4
max_iters = 100_000
init_typical = np.array([0, 1], float)
target_typical = np.array([10, 1], float)

# perform TANGO
params = to_modified(init_typical)
xy_tango = []
vk = np.zeros_like(params)
for i in range(max_iters):
    yk = np.random.normal(*target_typical)
    yk_tilde = np.random.normal(*to_typical(params))
    gk = grad(yk, params)
    gk_tilde = grad(yk_tilde, params)
    m1dt = 1 - delta_time
    rescale = vk @ gk_tilde
    vk = m1dt * vk + gamma * gk - gamma * m1dt * rescale * gk_tilde
    params -= delta_time * vk
    current_typical = to_typical(params)
    xy_tango.append(current_typical)
    if np.allclose(current_typical, target_typical, atol=0.01):
        print(f"converged in {i} iterations")
        break

# plain stochastic gradient descent
params = to_modified(init_typical)
xy_sgd = []
for i in range(max_iters):
    yk = np.random.normal(*target_typical)
    gk = grad(yk, params)
    params -= sgd_rate * gk
    current_typical = to_typical(params)
    xy_sgd.append(current_typical)
    if np.allclose(current_typical, target_typical, atol=0.01):
        print(f"converged in {i} iterations")
        break

# averaged stochastic gradient descent
params = to_modified(init_typical)
xy_asgd = []
vk = np.zeros_like(params)
for i in range(max_iters):
    yk = np.random.normal(*target_typical)
    gk = grad(yk, vk)
    vk -= gamma * gk
    params = (1 - delta_time) * params + delta_time * vk
    current_typical = to_typical(params)
    xy_asgd.append(current_typical)
    if np.allclose(current_typical, target_typical, atol=0.01):
        print(f"converged in {i} iterations")
        break

x = np.linspace(0, 10, 101)
y_truth = 4.1 * np.sqrt(1 - (x / 5 - 1)**2) + 1  # FIXME: scale is a rough estimate
fig = plt.figure(figsize=(6, 4), dpi=96)
fig.patch.set_facecolor("white")
ax = fig.gca()
ax.set_xlabel("mu")
ax.set_ylabel("sigma")
ax.plot(*np.array(xy_tango).T, label="TANGO", color="red", linewidth=1, linestyle="-")
ax.plot(*np.array(xy_sgd).T, label="Stochastic gradient descent", color="lime", linewidth=1,
        linestyle=(0, (5.3, 2.6)))
ax.plot(*np.array(xy_asgd).T, label="Averaged SGD", color="blue", linewidth=1, linestyle=(0, (1.8, 2.4)))
ax.plot(x, y_truth, label="True natural gradient", color="magenta", linewidth=1, linestyle=(0, (0.9, 1.3)))
ax.legend(loc="upper right")
ax.set_xlim(-2, 12)
ax.set_ylim(0, 10)
fig.savefig(OUT + "/tango-fig1.svg")
