#!/usr/bin/python3
"""Times the five seed notebooks, re-run headless as scripts (tools/bench/seeds/), against Gradient Atlas.

Each round runs the five scripts one after another, each in a fresh interpreter, saving the same 19 figures
as matplotlib SVG into OUT_DIR; the wall time of each is taken from start to exit, its peak resident memory
from os.wait4 (that child's own ru_maxrss). A first script per round only imports the notebooks' libraries:
the interpreter start and import cost that every notebook pays.

Usage: /usr/bin/python3 tools/bench/seed_notebooks.py [--runs 5] [--out DIR] [--json FILE]
Needs Debian's python3-numpy, -scipy, -matplotlib, -noise, -sklearn and -torch.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NOTEBOOKS = ["seed000_perlin", "seed001_optimizers", "seed002_stochastic", "seed003_autograd", "seed004_tango"]
FIGURES = {
    "seed000_perlin": ["perlin-quadratic-check", "perlin-gd-a", "perlin-gd-b", "perlin-noisy-sgd", "subgd-projection"],
    "seed001_optimizers": ["pathological-curvature-surface", "pathological-curvature-trajectories",
                           "steep-optima-surface", "steep-optima-trajectories"],
    "seed002_stochastic": ["stochastic-landscape-k0", "stochastic-landscape-k10", "stochastic-landscape-k50",
                           "stochastic-landscape-k99"],
    "seed003_autograd": ["gd-1d-quadratic", "gd-2d-nonconvex", "perceptron-dataset",
                         "perceptron-decision-boundaries", "perceptron-weight-landscape"],
    "seed004_tango": ["tango-fig1"],
}
IMPORTS = "import numpy, scipy.interpolate, noise, sklearn.datasets, torch, matplotlib; matplotlib.use('Agg'); " \
          "import matplotlib.pyplot"


def run(command):
    """Wall seconds and peak resident KiB of one child process (its output is discarded)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    error = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{error}")
    return wall, usage.ru_maxrss


def rounds(runs, out):
    times = {name: [] for name in ["imports"] + NOTEBOOKS}
    peaks = {name: 0 for name in times}
    totals = []
    for _ in range(runs):
        total = 0.0
        for name in times:
            command = [sys.executable, "-c", IMPORTS] if name == "imports" else \
                [sys.executable, os.path.join(HERE, "seeds", name + ".py"), out]
            wall, peak = run(command)
            times[name].append(wall)
            peaks[name] = max(peaks[name], peak)
            total += 0 if name == "imports" else wall
        totals.append(total)
    return times, peaks, totals


def svg_sizes(out):
    return {f[:-4]: os.path.getsize(os.path.join(out, f)) for f in sorted(os.listdir(out)) if f.endswith(".svg")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default=None, help="where the SVGs go (default: a temporary directory)")
    parser.add_argument("--json", default=None, help="also write the results as JSON")
    args = parser.parse_args()
    out = args.out or tempfile.mkdtemp(prefix="seed-notebooks-")
    os.makedirs(out, exist_ok=True)
    times, peaks, totals = rounds(args.runs, out)
    sizes = svg_sizes(out)
    print(f"{'notebook':<22} {'median s':>9} {'min-max s':>13} {'peak MiB':>9}")
    for name, walls in times.items():
        print(f"{name:<22} {statistics.median(walls):9.2f} {min(walls):6.2f}-{max(walls):<6.2f} "
              f"{peaks[name] / 1024:9.0f}")
    print(f"{'total (5 notebooks)':<22} {statistics.median(totals):9.2f} {min(totals):6.2f}-{max(totals):<6.2f}")
    print(f"matplotlib SVG: {len(sizes)} figures, {sum(sizes.values()):,} bytes in {out}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"runs": args.runs, "python": sys.version.split()[0],
                       "medianSeconds": {k: statistics.median(v) for k, v in times.items()},
                       "peakKib": peaks, "figures": FIGURES, "totalMedianSeconds": statistics.median(totals),
                       "totals": totals, "svgBytes": sizes, "totalSvgBytes": sum(sizes.values())}, f, indent=1)


if __name__ == "__main__":
    main()
