#!/usr/bin/python3
"""Saves seed 000's figures as matplotlib SVG, to compare sizes with Gradient Atlas's.

Usage: /usr/bin/python3 tools/bench/seed000_matplotlib_svgs.py OUT_DIR [figures/subgd-projection.json]
Runs the seed's own code (generate_loss_surface, interpolate_loss_surface, plot_interp_loss_surface and the
GradientDescent of tools/reference/subgd_descent.py) headless with Debian's matplotlib, for the four check
figures; subgd-projection (the seed only lists what it must show) is drawn from Gradient Atlas's data file with
the seed's plotting calls: contourf (plus colorbar) and plot_surface of the cropped surface with the same runs
and marks.
"""
import json
import os
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "reference"))
import subgd_descent as seed  # noqa: E402

OUT = sys.argv[1]
FIGURE_JSON = sys.argv[2] if len(sys.argv) > 2 else "figures/subgd-projection.json"


def plot_interp_loss_surface(interp_surface, shape, optim_trajectory=None):  # seed cell 3
    lin_x = np.linspace(0, 1, shape[0], endpoint=False)
    lin_y = np.linspace(0, 1, shape[1], endpoint=False)
    x, y = np.meshgrid(lin_x, lin_y)
    xy = np.stack([x, y], axis=2)
    z = interp_surface(xy)
    fig = plt.figure()
    ax0 = plt.subplot(1, 2, 1)
    ax0.contourf(x, y, z, cmap='terrain')
    ax1 = plt.subplot(1, 2, 2, projection='3d')
    ax1.plot_surface(x, y, z, alpha=0.6, cmap='terrain')
    if optim_trajectory:
        thetas = np.stack([x.theta for x in optim_trajectory])
        ax0.plot(thetas[:, 0], thetas[:, 1], 'o-', lw=3, c='r')
        loss_values = np.array([x.value for x in optim_trajectory])
        ax1.plot3D(thetas[:, 0], thetas[:, 1], loss_values[:, 0], 'o-', lw=3, c='r')
    return fig


def trajectory(loss, theta_0, lr, steps, noisy=False, normal=None):
    optim = seed.GradientDescent(loss, np.array(theta_0), lr, gradient_noise_std=0.7, normal=normal)
    steps_taken = [seed.DescentStep(np.array(theta_0), loss(np.array(theta_0)))]
    for _ in range(steps):
        steps_taken.append(optim.noisy_step() if noisy else optim.step())
    return steps_taken


def projection_figure(figure_json, out):
    """subgd-projection drawn with the seed's plotting calls from Gradient Atlas's own data file (same grid,
    levels, runs and marks): contourf with a colorbar, plot_surface at alpha 0.7, the three runs with markers."""
    with open(figure_json) as f:
        data = json.load(f)
    grid = data["grids"]["loss"]
    x, y = np.meshgrid(grid["x"], grid["y"])
    z = np.array(grid["z"], dtype=float)
    runs = [(data["series"][name], color, name) for name, color in
            [("gd", "#bc5090"), ("sgd", "#ffa600"), ("subgd", "#003f5c")]]
    fig = plt.figure(figsize=(11, 5.4))
    ax0 = plt.subplot(1, 2, 1)
    cs = ax0.contourf(x, y, z, levels=data["params"]["contourLevels"], cmap='terrain')
    fig.colorbar(cs, ax=ax0, label="loss")
    ax0.set_aspect("equal")
    ax1 = plt.subplot(1, 2, 2, projection='3d')
    ax1.plot_surface(x, y, z, alpha=0.7, cmap='terrain')
    sgd, sub = data["series"]["sgd"], data["series"]["subgd"]
    end = data["metrics"]["sgdLeftDomainAt"] - 1 if data["metrics"]["sgdLeftDomainAt"] > 0 else len(sgd["x"]) - 1
    for k in range(5, end + 1, 5):
        pair = ([sgd["x"][k], sub["x"][k]], [sgd["y"][k], sub["y"][k]])
        ax0.plot(*pair, ':', lw=0.7, c="#333333")
        ax1.plot3D(*pair, [sgd["loss"][k], sub["loss"][k]], ':', lw=0.7, c="#333333")
    for s, color, name in runs:
        ax0.plot(s["x"], s["y"], '-', lw=3, c="white")
        ax0.plot(s["x"], s["y"], 'o-', lw=1.6, ms=3, c=color, label=name)
        ax1.plot3D(s["x"], s["y"], s["loss"], 'o-', lw=1.6, ms=3, c=color, label=name)
    m = data["metrics"]
    for ax, extra in [(ax0, ()), (ax1, (data["series"]["sgd"]["loss"][0],))]:
        ax.plot(sgd["x"][0], sgd["y"][0], *extra, 'o', c="black", ms=8, label="start")
    ax0.plot(m["optimumX"], m["optimumY"], 'D', c="#de425b", ms=9, label="lowest loss")
    ax1.plot3D([m["optimumX"]], [m["optimumY"]], [m["optimumLoss"]], 'D', c="#de425b", ms=9)
    ax1.legend(loc="upper left")
    fig.savefig(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    runs = [("perlin-quadratic-check", seed.interp_quadratic_loss, [0.8, 0.6], 0.1, 10, False),
            ("perlin-gd-a", seed.interp_noise_loss, [0.58, 0.63], 0.01, 80, False),
            ("perlin-gd-b", seed.interp_noise_loss, [0.28, 0.36], 0.01, 200, False),
            ("perlin-noisy-sgd", seed.interp_noise_loss, [0.28, 0.36], 0.01, 150, True)]
    for name, loss, theta_0, lr, steps, noisy in runs:
        normal = seed.cr_normal(0) if noisy else None
        plot_interp_loss_surface(loss, seed.SHAPE, trajectory(loss, theta_0, lr, steps, noisy, normal))
        plt.savefig(f"{OUT}/{name}.svg")
        plt.close("all")
    projection_figure(FIGURE_JSON, f"{OUT}/subgd-projection.svg")


if __name__ == "__main__":
    main()
