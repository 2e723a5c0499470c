#!/usr/bin/python3
"""Automatic contour levels as matplotlib chooses them, for ContourLevelsTest.

Usage: /usr/bin/python3 tools/reference/contour_levels.py > src/test/resources/reference/contour-levels.csv
Each case draws contour(z) and contourf(z) (or contour(z, n) / contourf(z, n) when n is not 7) on a 2x2 grid
whose minimum and maximum are zmin and zmax, and records ContourSet.levels. Values are Python's repr
(shortest string that reads back to the same double); the levels column is ';'-separated."""
import random
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

FIXED = [
    (0.0, 1.0), (-1.0, 1.0), (0.3, 0.7), (-3.2, 5.9), (1e-9, 3e-9), (0.0, 1e-12), (1e6, 1e6 + 1),
    (1000.0, 1001.0), (-1e10, 1e10), (0.0, 1e24), (0.0, 8e23), (2.5, 2.5), (0.0, 0.0), (-5.0, -4.9),
    (123456.789, 123456.8), (1e-300, 2e-300), (-7.0, 0.0), (0.1, 0.9), (0.01, 123.0), (17.0, 17.0000001),
    (-0.5, 0.25), (3.0, 7.0), (3.141592653589793, 27.18281828459045), (0.0, 0.7), (-1e-5, 1e-5),
    (99.99, 100.01), (1e15, 1e15 + 64), (-2.0, 14.0), (0.0, 16.0), (5.0, 6.0), (-1e300, 1e300),
    (1e-320, 5e-320), (0.2, 0.2000000000000001), (-3.0, -3.0), (1.0, 1.0 + 1e-14), (0.0, 1e-14),
]


def random_cases(count):
    rng = random.Random(20240601)
    cases = []
    for _ in range(count):
        scale = 10.0 ** rng.randint(-8, 9)
        a = rng.uniform(-1, 1) * scale
        b = a + rng.uniform(0, 1) * scale * 10.0 ** rng.randint(-6, 1)
        cases.append((a, b))
    return cases


def levels(zmin, zmax, filled, n):
    z = np.array([[zmin, zmax], [zmax, zmin]], dtype=np.float64)
    fig, ax = plt.subplots()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        draw = ax.contourf if filled else ax.contour
        cs = draw(z) if n == 7 else draw(z, n)
    plt.close(fig)
    return [float(v) for v in cs.levels]


print("# provenance: tools/reference/contour_levels.py run with Debian python3-matplotlib " + matplotlib.__version__
      + ", numpy " + np.__version__)
print("case,kind,n,zmin,zmax,levels")
cases = [(c, 7) for c in FIXED] + [(c, 7) for c in random_cases(40)]
cases += [((0.0, 1.0), 10), ((-3.2, 5.9), 4), ((1e-9, 3e-9), 20), ((0.01, 123.0), 1), ((5.0, 6.0), 3)]
for index, ((zmin, zmax), n) in enumerate(cases):
    for filled in (True, False):
        lev = levels(zmin, zmax, filled, n)
        print(f"{index},{'filled' if filled else 'lines'},{n},{zmin!r},{zmax!r},{';'.join(repr(v) for v in lev)}")
