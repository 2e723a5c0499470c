"""Seed 000 (SubGD work-up on a Perlin-noise loss surface) as a script, headless.

Reconstructed from /work/shared/seeds/000_eab9f4422d04e6bb.txt: IPython/plotly imports and the Qt backend
are left out (Agg instead); each figure of cells 7-10 is saved as SVG. Cell 11 is only a TODO for the
final SubGD figure (planned in plotly); it is drawn here with the same plotting function, as the TODO
describes: noisy SGD (std 0.7) and its steps projected onto the line from start to end point, on the
surface cropped to the trajectory. Usage: python3 seed000_perlin.py OUT_DIR
"""
import copy
import sys
from typing import Callable, NamedTuple

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from mpl_toolkits.mplot3d import axes3d  # noqa: E402,F401
import noise  # noqa: E402
import numpy as np  # noqa: E402
from scipy.interpolate import RegularGridInterpolator  # noqa: E402

OUT = sys.argv[1]


def generate_loss_surface(shape, scale, octaves, persistence, lacunarity):
    surface = np.zeros(shape)
    for i in range(shape[0]):
        for j in range(shape[1]):
            surface[i][j] = noise.pnoise2(i / scale, j / scale, octaves=octaves, persistence=persistence,
                                          lacunarity=lacunarity, repeatx=1024, repeaty=1024, base=42)
    return surface


def interpolate_loss_surface(surface, shape):
    lin_x = np.linspace(0, 1, shape[0], endpoint=False)
    lin_y = np.linspace(0, 1, shape[1], endpoint=False)
    return RegularGridInterpolator((lin_x, lin_y), surface)


def plot_interp_loss_surface(interp_surface, shape, optim_trajectory=None, extent=(0, 1, 0, 1), extra=None):
    lin_x = np.linspace(extent[0], extent[1], shape[0], endpoint=False)
    lin_y = np.linspace(extent[2], extent[3], shape[1], endpoint=False)
    x, y = np.meshgrid(lin_x, lin_y)
    xy = np.stack([x, y], axis=2)
    z = interp_surface(xy)
    fig = plt.figure()
    ax0 = plt.subplot(1, 2, 1)
    ax0.contourf(x, y, z, cmap='terrain')
    ax1 = plt.subplot(1, 2, 2, projection='3d')
    ax1.plot_surface(x, y, z, alpha=0.6, cmap='terrain')
    for trajectory, color in [(optim_trajectory, 'r')] + (extra or []):
        if trajectory:
            thetas = np.stack([s.theta for s in trajectory])
            ax0.plot(thetas[:, 0], thetas[:, 1], 'o-', lw=3, c=color)
            loss_values = np.array([s.value for s in trajectory])
            ax1.plot3D(thetas[:, 0], thetas[:, 1], loss_values[:, 0], 'o-', lw=3, c=color)
    return fig


shape = (50, 50)
surface = generate_loss_surface(shape, 100.0, 6, 0.5, 2.0)
interp_noise_loss = interpolate_loss_surface(surface, shape)

lin_x = np.linspace(0, 1, shape[0], endpoint=False)
lin_y = np.linspace(0, 1, shape[1], endpoint=False)
x, y = np.meshgrid(lin_x, lin_y, sparse=False)
interp_quadratic_loss = interpolate_loss_surface(x**2 + y**2, shape)


class DescentStep(NamedTuple):
    theta: np.ndarray
    value: float


class GradientDescent(object):
    def __init__(self, loss_fn: Callable[[np.ndarray], np.ndarray], theta: np.ndarray, lr: float,
                 gradient_noise_std: float = 0.1, fd_h: float = 1e-3):
        self.loss_fn = loss_fn
        self.theta = theta
        self.lr = lr
        self.finite_difference_h = fd_h
        self.gradient_noise_std = gradient_noise_std
        self.rng = np.random.default_rng()
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
                gradient[i] = (f(x + h_vec) - f(x)) / h
        except ValueError:
            print(f'Try to compute gradient at function support boundary at {str(x)}. Setting gradient to zero!')
            gradient = np.zeros_like(x)
        return gradient

    def _safe_decent_step_creation(self, theta):
        try:
            return DescentStep(theta.copy(), self.loss_fn(theta))
        except ValueError:
            print('Reached function support boundary!')
            self.at_boundary = True
            return None

    def _get_descent_step(self, theta):
        descent_step = self._safe_decent_step_creation(self.theta)
        if descent_step is None or self.at_boundary:
            print('At function support boundary, using last step.')
            return copy.deepcopy(self.last_step)
        self.last_step = descent_step
        return descent_step

    def step(self):
        if not self.at_boundary:
            self.theta = self.theta - self.lr * self._compute_gradient()
        return self._get_descent_step(self.theta)

    def noisy_step(self):
        if not self.at_boundary:
            grad_noise = self.rng.normal(loc=0, scale=self.gradient_noise_std)
            self.theta = self.theta - self.lr * (self._compute_gradient() + grad_noise)
        return self._get_descent_step(self.theta)


def run(theta_0, interp_loss, lr, steps, noisy=False, std=0.1):
    optim = GradientDescent(loss_fn=interp_loss, theta=theta_0, lr=lr, gradient_noise_std=std)
    trajectory = [DescentStep(theta_0.copy(), interp_loss(theta_0))]
    print(f'Start from theta_0: {theta_0}, Loss: {interp_loss(theta_0)}')
    for i in range(steps):
        step = optim.noisy_step() if noisy else optim.step()
        trajectory.append(step)
        print(f'Step {i}: theta: {step.theta} Loss: {step.value}')
    return trajectory


plot_interp_loss_surface(interp_quadratic_loss, shape, run(np.array([0.8, 0.6]), interp_quadratic_loss, 0.1, 10))
plt.savefig(OUT + "/perlin-quadratic-check.svg")
plot_interp_loss_surface(interp_noise_loss, shape, run(np.array([0.58, 0.63]), interp_noise_loss, 0.01, 80))
plt.savefig(OUT + "/perlin-gd-a.svg")
gd = run(np.array([0.28, 0.36]), interp_noise_loss, 0.01, 200)
plot_interp_loss_surface(interp_noise_loss, shape, gd)
plt.savefig(OUT + "/perlin-gd-b.svg")
sgd = run(np.array([0.28, 0.36]), interp_noise_loss, 0.01, 150, noisy=True, std=0.7)
plot_interp_loss_surface(interp_noise_loss, shape, sgd)
plt.savefig(OUT + "/perlin-noisy-sgd.svg")

# Cell 11's TODO: SubGD = the SGD steps projected onto the line from its start to its end point.
thetas = np.stack([s.theta for s in sgd])
start, end = thetas[0], thetas[-1]
direction = (end - start) / np.linalg.norm(end - start)
projected = start + np.outer((thetas - start) @ direction, direction)
subgd = [DescentStep(p, interp_noise_loss(np.clip(p, 0, 0.98))) for p in projected]
pad = 0.05
box = np.concatenate([thetas, np.stack([s.theta for s in gd])])
extent = (max(box[:, 0].min() - pad, 0), min(box[:, 0].max() + pad, 0.98),
          max(box[:, 1].min() - pad, 0), min(box[:, 1].max() + pad, 0.98))
plot_interp_loss_surface(interp_noise_loss, shape, gd, extent=extent, extra=[(sgd, '#ffa600'), (subgd, '#003f5c')])
plt.savefig(OUT + "/subgd-projection.svg")
