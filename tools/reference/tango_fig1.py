#!/usr/bin/python3
"""Re-runs seed 004 (TANGO Figure 1) and writes the reference values that GaussianFitTest asserts: the three
convergence counts and sampled iterates of each run, twice: as numpy runs it on glibc 2.36 (libm = glibc),
and as numpy would run it with a correctly rounded libm (libm = correctly-rounded), as NumpyRandomState and
GaussianFit compute. The runs call libm's log (in the normal draws), exp and pow (v**2 on a float64 scalar
calls pow(v, 2.0), which glibc rounds differently from v * v on about 0.08% of inputs).

Usage: /usr/bin/python3 tools/reference/tango_fig1.py > src/test/resources/reference/tango-fig1.csv
The numerics below are the seed's cells 1-7, copied verbatim apart from recording the iterates and four
substitutions that are the identity in the glibc run: normal() for np.random.normal, log() and exp() for
np.log and np.exp in to_modified and to_typical, and square(v) for v**2 in d_nll_mu and d_nll_sigma. In the
correctly rounded run, normal() is numpy's legacy polar method rewritten in Python (legacy_polar.py) over
np.random.random_sample with correctly_rounded.log (the same uniforms in the same order, the second value of
each pair cached for the next call as numpy does), log() and exp() are correctly_rounded.log and .exp, and
square(v) is v * v, the correctly rounded square."""
import math

import mpmath
import numpy as np

import correctly_rounded
from legacy_polar import LegacyNormal


def check_legacy_normal():
    """The Python polar method with glibc's log must draw exactly what numpy draws."""
    numpy, twin = np.random.RandomState(1234), np.random.RandomState(1234)
    python = LegacyNormal(twin.random_sample, math.log)
    for i in range(20_001):
        loc, scale = i % 7 - 3.0, 0.5 + i % 3
        assert numpy.normal(loc, scale) == python.normal(loc, scale), i
        if i % 1000 == 0:
            assert numpy.random_sample() == twin.random_sample()


def run_seed(normal, log, exp, square):
    np.random.seed(1234)

    def pdf(x, mu, sigma):
        return np.exp(-(x - mu)**2 / (2 * sigma**2)) / np.sqrt(2 * np.pi * sigma**2)
    def nll(x, mu, sigma):
        return (x - mu)**2 / (2 * sigma**2) + np.log(2 * np.pi * sigma**2) / 2
    def d_nll_x(x, mu, sigma):
        return (x - mu) / sigma**2
    def d_nll_mu(x, mu, sigma):
        return (mu - x) / square(sigma)
    def d_nll_sigma(x, mu, sigma):
        return (1 - square(x / sigma - mu / sigma)) / sigma
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
        params = typical.copy(); params[1] = log(params[1]); return params
    def to_typical(params):
        typical = params.copy(); typical[1] = exp(typical[1]); return typical
    def grad(x, params):
        mu, sigma = to_typical(params)
        return np.array([d_nll_mu(x, mu, sigma), d_nll_sigma(x, mu, sigma) * sigma], float)

    sgd_rate = 1e-3; gamma = 1e-2; delta_time = 1e-4; max_iters = 100_000
    init_typical = np.array([0, 1], float); target_typical = np.array([10, 1], float)
    runs = {}

    params = to_modified(init_typical); xy = []; vk = np.zeros_like(params)
    for i in range(max_iters):
        yk = normal(*target_typical)
        yk_tilde = normal(*to_typical(params))
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
        yk = normal(*target_typical)
        gk = grad(yk, params)
        params -= sgd_rate * gk
        xy.append(to_typical(params))
        if np.allclose(xy[-1], target_typical, atol=0.01):
            runs["sgd"] = (i, xy); break

    params = to_modified(init_typical); xy = []; vk = np.zeros_like(params)
    for i in range(max_iters):
        yk = normal(*target_typical)
        gk = grad(yk, vk)
        vk -= gamma * gk
        params = (1 - delta_time) * params + delta_time * vk
        xy.append(to_typical(params))
        if np.allclose(xy[-1], target_typical, atol=0.01):
            runs["asgd"] = (i, xy); break
    return runs


check_legacy_normal()
variants = {}
variants["glibc"] = run_seed(np.random.normal, np.log, np.exp, lambda v: v**2)
variants["correctly-rounded"] = run_seed(LegacyNormal(np.random.random_sample, correctly_rounded.log).normal,
                                         correctly_rounded.log, correctly_rounded.exp, lambda v: v * v)

print("# provenance: tools/reference/tango_fig1.py (seed 004 cells 1-7) run with Debian python3-numpy "
      + np.__version__ + " (glibc's log, exp and pow) and mpmath " + mpmath.__version__ + " (correctly rounded)")
print("# convergedAt rows give the printed i; iterate rows give (mu, sigma) after update step = i + 1")
print("run,kind,step,mu,sigma,libm")
for libm, runs in variants.items():
    for name, (conv, xy) in runs.items():
        print(f"{name},convergedAt,{conv},,,{libm}")
        for step in list(range(1, len(xy) + 1, 997)) + [len(xy)]:
            mu, sigma = xy[step - 1]
            print(f"{name},iterate,{step},{mu!r},{sigma!r},{libm}")
