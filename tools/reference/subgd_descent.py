#!/usr/bin/python3
"""Reference values of seed 000 (SubGD figure work-up) for the Java tests.

Usage: /usr/bin/python3 tools/reference/subgd_descent.py src/test/resources/reference
Writes subgd-interpolation.csv (scipy's RegularGridInterpolator on the seed's Perlin-noise and quadratic grids,
at grid nodes, the domain's edges, random points and points just outside, where it raises ValueError) and
subgd-runs.csv (the seed's GradientDescent, its code as in cells 6 to 10, for the quadratic run, the two noise
runs and the noisy SGD run; the SGD noise comes from RandomState(seed).normal(0, 0.7) instead of the seed's
unseeded default_rng, drawn with a correctly rounded log as NumpyRandomState does; the script checks whether
numpy's own draws give the same run). Values are Python's repr (exact doubles).
"""
import copy
import math
import pathlib
import random
import sys
from typing import Callable, NamedTuple

import noise
import numpy as np
import scipy
from scipy.interpolate import RegularGridInterpolator

import correctly_rounded
from legacy_polar import LegacyNormal

SHAPE = (50, 50)


def generate_loss_surface(shape, scale, octaves, persistence, lacunarity):  # seed cell 2
    surface = np.zeros(shape)
    for i in range(shape[0]):
        for j in range(shape[1]):
            surface[i][j] = noise.pnoise2(i / scale, j / scale, octaves=octaves, persistence=persistence,
                                          lacunarity=lacunarity, repeatx=1024, repeaty=1024, base=42)
    return surface


def interpolate_loss_surface(surface, shape):  # seed cell 3
    lin_x = np.linspace(0, 1, shape[0], endpoint=False)
    lin_y = np.linspace(0, 1, shape[1], endpoint=False)
    return RegularGridInterpolator((lin_x, lin_y), surface)


surface = generate_loss_surface(SHAPE, 100.0, 6, 0.5, 2.0)
interp_noise_loss = interpolate_loss_surface(surface, SHAPE)
lin = np.linspace(0, 1, SHAPE[0], endpoint=False)
gx, gy = np.meshgrid(lin, lin, sparse=False)
interp_quadratic_loss = interpolate_loss_surface(gx**2 + gy**2, SHAPE)


class DescentStep(NamedTuple):
    theta: np.ndarray
    value: float


class GradientDescent(object):
    """Seed cell 6, with theta_0 passed in (the seed reads the global) and events recorded instead of printed."""

    def __init__(self, loss_fn: Callable, theta, lr, gradient_noise_std=0.1, fd_h=1e-3, normal=None):
        self.loss_fn = loss_fn
        self.theta = theta
        self.lr = lr
        self.finite_difference_h = fd_h
        self.gradient_noise_std = gradient_noise_std
        self.normal = normal
        self.events = []
        self.at_boundary = False
        self.last_step = DescentStep(theta, loss_fn(theta))

    def _compute_gradient(self):
        h = self.finite_difference_h
        f = self.loss_fn
        x = self.theta
        gradient = np.zeros_like(x)
        try:
            for i in range(len(gradient)):
                h_vec = np.zeros_like(x)
                h_vec[i] = h
                gradient[i] = (f(x + h_vec) - f(x)) / (h)
        except ValueError:
            self.events.append("probeOutside")
            gradient = np.zeros_like(x)
        return gradient

    def _safe_decent_step_creation(self, theta):
        try:
            loss = self.loss_fn(theta)
            return DescentStep(theta.copy(), loss)
        except ValueError:
            self.events.append("leftDomain")
            self.at_boundary = True
            return None

    def _get_descent_step(self, theta):
        descent_step = self._safe_decent_step_creation(self.theta)
        if descent_step is None or self.at_boundary:
            return copy.deepcopy(self.last_step)
        else:
            self.last_step = descent_step
        return descent_step

    def step(self):
        if not self.at_boundary:
            grad = self._compute_gradient()
            self.theta = self.theta - self.lr * grad
        return self._get_descent_step(self.theta)

    def noisy_step(self):
        if not self.at_boundary:
            grad_noise = self.normal(loc=0, scale=self.gradient_noise_std)
            grad = self._compute_gradient() + grad_noise
            self.theta = self.theta - self.lr * grad
        return self._get_descent_step(self.theta)


def run(loss, theta_0, lr, steps, noisy=False, normal=None):
    optim = GradientDescent(loss, np.array(theta_0), lr, gradient_noise_std=0.7, normal=normal)
    rows = [(0, theta_0[0], theta_0[1], float(loss(np.array(theta_0))[0]), "")]
    for i in range(steps):
        optim.events = []
        step = optim.noisy_step() if noisy else optim.step()
        rows.append((i + 1, float(step.theta[0]), float(step.theta[1]), float(step.value[0]),
                     ";".join(optim.events)))
    return rows


def cr_normal(seed):
    return LegacyNormal(np.random.RandomState(seed).random_sample, correctly_rounded.log).normal


def write_runs(path):
    runs = [("quadratic", interp_quadratic_loss, [0.8, 0.6], 0.1, 10, False, None),
            ("gdA", interp_noise_loss, [0.58, 0.63], 0.01, 80, False, None),
            ("gdB", interp_noise_loss, [0.28, 0.36], 0.01, 200, False, None)]
    for seed in [0, 1, 7]:
        runs.append((f"sgd-seed{seed}", interp_noise_loss, [0.28, 0.36], 0.01, 150, True, seed))
    with open(path, "w") as out:
        out.write(f"# provenance: tools/reference/subgd_descent.py run with Debian python3-noise {noise.__version__},"
                  f" numpy {np.__version__}, scipy {scipy.__version__}\n")
        out.write("# the seed's GradientDescent: run, step (updates applied), theta, loss, events during that step"
                  " (probeOutside: a finite-difference probe left the domain, gradient set to zero; leftDomain:"
                  " the iterate left the domain, the last valid step is repeated)\n")
        out.write("run,step,theta0,theta1,loss,events\n")
        for name, loss, theta_0, lr, steps, noisy, seed in runs:
            rows = run(loss, theta_0, lr, steps, noisy, cr_normal(seed) if noisy else None)
            if noisy:
                numpy_rows = run(loss, theta_0, lr, steps, noisy, np.random.RandomState(seed).normal)
                out.write(f"# {name}: numpy's own draws (glibc log) give "
                          f"{'the same' if numpy_rows == rows else 'a different'} run\n")
            for r in rows:
                out.write(f"{name},{r[0]},{r[1]!r},{r[2]!r},{r[3]!r},{r[4]}\n")


def interpolation_points():
    rng = random.Random(20261201)
    points = [(float(a), float(b)) for a in lin[::7] for b in lin[::5]]
    edge = float(lin[-1])
    points += [(0.0, 0.0), (edge, edge), (0.0, edge), (edge, 0.3), (0.58, 0.63), (0.28, 0.36), (0.8, 0.6)]
    points += [(rng.uniform(0, edge), rng.uniform(0, edge)) for _ in range(600)]
    points += [(math.nextafter(edge, 1), 0.5), (0.5, math.nextafter(0.0, -1)), (-0.001, 0.2), (0.981, 0.981),
               (0.5, 1.0), (float("nan"), 0.5)]
    return points


def write_interpolation(path):
    with open(path, "w") as out:
        out.write(f"# provenance: tools/reference/subgd_descent.py run with Debian python3-noise {noise.__version__},"
                  f" numpy {np.__version__}, scipy {scipy.__version__}\n")
        out.write("# RegularGridInterpolator((linspace(0, 1, 50, endpoint=False),) * 2, grid)(theta), grid = the seed's"
                  " Perlin noise surface or x**2 + y**2; value empty where it raises ValueError (out of bounds)\n")
        out.write("grid,a,b,value\n")
        for name, interp in [("noise", interp_noise_loss), ("quadratic", interp_quadratic_loss)]:
            for a, b in interpolation_points():
                try:
                    value = repr(float(interp(np.array([a, b]))[0]))
                except ValueError:
                    value = ""
                out.write(f"{name},{a!r},{b!r},{value}\n")


if __name__ == "__main__":
    directory = pathlib.Path(sys.argv[1])
    write_interpolation(directory / "subgd-interpolation.csv")
    write_runs(directory / "subgd-runs.csv")
