#!/usr/bin/python3
"""Major ticks of matplotlib's default AutoLocator on axes of given lengths, for AutoTickAxisTest.

Usage: /usr/bin/python3 tools/reference/auto_ticks.py > src/test/resources/reference/auto-ticks.csv
Each case is one axes filling a figure of width x height points (default 10 pt tick labels), with limits lo..hi on
the x axis (horizontal) or the y axis; it records the axis length as matplotlib measures it (get_tick_space's
transform, which can land a hair off the requested length) and the major ticks inside the limits, as drawn.
Values are Python's repr; the ticks column is ';'-separated."""
import random

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import transforms  # noqa: E402

FIXED = [
    (333.0, "x", -66.6, 66.6), (212.0, "y", -80.0, 5.0), (130.0, "x", -66.6, 66.6), (60.0, "x", 0.0, 1.0),
    (25.0, "x", 0.0, 1.0), (300.0, "y", 0.0, 0.98), (180.0, "x", 0.2, 0.45), (500.0, "x", -1e-6, 3e-6),
    (100.0, "y", 1000.0, 1001.0), (250.0, "x", -2.4, 3.5), (45.0, "y", -3.0, 3.0), (400.0, "y", 0.0, 400.0),
]


def cases(count):
    rng = random.Random(20261202)
    out = list(FIXED)
    for _ in range(count):
        length = round(rng.uniform(20, 520), 1)
        lo = round(rng.uniform(-100, 100) * 10 ** rng.randint(-4, 3), 6)
        hi = lo + round(rng.uniform(0.01, 200) * 10 ** rng.randint(-4, 2), 6)
        out.append((length, rng.choice("xy"), lo, hi))
    return out


def ticks(length, which, lo, hi):
    width, height = (length, 100.0) if which == "x" else (100.0, length)
    fig = plt.figure(figsize=(width / 72, height / 72), dpi=72)
    ax = fig.add_axes([0, 0, 1, 1])
    axis = ax.xaxis if which == "x" else ax.yaxis
    (ax.set_xlim if which == "x" else ax.set_ylim)(lo, hi)
    shown = [t for t in axis.get_majorticklocs() if transforms._interval_contains_close((lo, hi), t)]
    ends = transforms.Bbox.unit().transformed(ax.transAxes - fig.dpi_scale_trans)
    measured = (ends.width if which == "x" else ends.height) * 72
    plt.close(fig)
    return measured, shown


print("# provenance: tools/reference/auto_ticks.py run with Debian python3-matplotlib " + matplotlib.__version__)
print("case,length,axis,lo,hi,ticks")
for k, (length, which, lo, hi) in enumerate(cases(200)):
    measured, shown = ticks(length, which, lo, hi)
    print(f"{k},{float(measured)!r},{which},{lo!r},{hi!r}," + ";".join(repr(float(t)) for t in shown))
