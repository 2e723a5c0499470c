#!/usr/bin/python3
"""Re-runs seed 004 (TANGO Figure 1) with Debian's numpy and writes the reference values that
TangoFig1RecipeTest asserts: the three convergence counts and sampled iterates of each run.

Usage: /usr/bin/python3 tools/reference/tango_fig1.py > src/test/resources/reference/tango-fig1.csv
The numerics below are the seed's cells 1-7, copied verbatim apart from recording the iterates."""
import numpy as np

np.random.seed(1234)

def pdf(x, mu, sigma):
    return np.exp(-(x - mu)**2 / (2 * sigma**2)) / np.sqrt(2 * np.pi * sigma**2)
def nll(x, mu, sigma):
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
    a = np.array(args); b = a.copy(); a[ind] -= eps; b[ind] += eps
    return f(*b) / (2 * eps) - f(*a) / (2 * eps)
assert _check(lambda *args: np.exp(-nll(*args)), pdf)
assert _check(lambda *args: _grad(nll, args, 0), d_nll_x)
assert _check(lambda *args: _grad(nll, args, 1), d_nll_mu)
assert _check(lambda *args: _grad(nll, args, 2), d_nll_sigma)

def to_modified(typical):
    params = typical.copy(); params[1] = np.log(params[1]); return params
def to_typical(params):
    typical = params.copy(); typical[1] = np.exp(typical[1]); return typical
def grad(x, params):
    mu, sigma = to_typical(params)
    return np.array([d_nll_mu(x, mu, sigma), d_nll_sigma(x, mu, sigma) * sigma], float)

sgd_rate = 1e-3; gamma = 1e-2; delta_time = 1e-4; max_iters = 100_000
init_typical = np.array([0, 1], float); target_typical = np.array([10, 1], float)
runs = {}

params = to_modified(init_typical); xy = []; vk = np.zeros_like(params)
for i in range(max_iters):
    yk = np.random.normal(*target_typical)
    yk_tilde = np.random.normal(*to_typical(params))
    gk = grad(yk, params); gk_tilde = grad(yk_tilde, params)
    m1dt = 1 - delta_time
    rescale = vk @ gk_tilde
    vk = m1dt * vk + gamma * gk - gamma * m1dt * rescale * gk_tilde
    params -= delta_time * vk
    xy.append(to_typical(params))
    if np.allclose(xy[-1], target_typical, atol=0.01):
        runs["tango"] = (i, xy); break

params = to_modified(init_typical); xy = []
for i in range(max_iters):
    yk = np.random.normal(*target_typical)
    gk = grad(yk, params)
    params -= sgd_rate * gk
    xy.append(to_typical(params))
    if np.allclose(xy[-1], target_typical, atol=0.01):
        runs["sgd"] = (i, xy); break

params = to_modified(init_typical); xy = []; vk = np.zeros_like(params)
for i in range(max_iters):
    yk = np.random.normal(*target_typical)
    gk = grad(yk, vk)
    vk -= gamma * gk
    params = (1 - delta_time) * params + delta_time * vk
    xy.append(to_typical(params))
    if np.allclose(xy[-1], target_typical, atol=0.01):
        runs["asgd"] = (i, xy); break

print("# provenance: tools/reference/tango_fig1.py (seed 004 cells 1-7) run with Debian python3-numpy "
      + np.__version__)
print("# convergedAt rows give the printed i; iterate rows give (mu, sigma) after update step = i + 1")
print("run,kind,step,mu,sigma")
for name, (conv, xy) in runs.items():
    print(f"{name},convergedAt,{conv},,")
    for step in list(range(1, len(xy) + 1, 997)) + [len(xy)]:
        mu, sigma = xy[step - 1]
        print(f"{name},iterate,{step},{mu!r},{sigma!r}")
