#!/usr/bin/python3
"""Tick labels of matplotlib's ScalarFormatter for the ticks of its default AutoLocator, for TickFormatTest.

Usage: /usr/bin/python3 tools/reference/scalar_formatter.py > src/test/resources/reference/scalar-formatter.csv
Each case is one x axis with limits lo..hi and nbins bins: the locator's ticks (all of them, also those just
beyond the limits, as the formatter sees them) and the label the formatter writes for each. Cases where the
formatter would use an offset or an order of magnitude (a "1e-5" or "+1e3" beside the axis) are left out: the
atlas's axes never need one. Values are Python's repr; ticks and labels columns are ';'-separated."""
import random

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import ticker  # noqa: E402

FIXED = [(-2.0, 2.0, 8), (-3.0, 3.0, 6), (0.0, 1.0, 5), (0.2, 0.45, 5), (-66.6, 66.6, 9), (-80.0, 5.0, 9),
         (0.0, 0.98, 9), (-0.1, 0.075, 7), (0.0, 100.0, 5), (-17.5, 0.0, 7), (0.75, 2.75, 8), (-1.5, 1.2, 9),
         (0.19, 0.43, 5), (0.0, 0.37, 7), (-2.4, 3.5, 4), (1.0, 2.0, 3)]


def cases(count):
    rng = random.Random(20261204)
    out = list(FIXED)
    while len(out) < count:
        lo = round(rng.uniform(-100, 100) * 10 ** rng.randint(-4, 2), rng.randint(0, 6))
        hi = lo + round(rng.uniform(0.01, 200) * 10 ** rng.randint(-4, 2), rng.randint(0, 6))
        if hi > lo:
            out.append((lo, hi, rng.randint(1, 9)))
    return out


def labels(lo, hi, nbins):
    fig = plt.figure(figsize=(6.4, 4.8), dpi=72)
    ax = fig.add_axes([0.1, 0.1, 0.8, 0.8])
    ax.xaxis.set_major_locator(ticker.AutoLocator())
    ax.xaxis.get_major_locator().set_params(nbins=nbins)
    ax.set_xlim(lo, hi)
    locs = ax.xaxis.get_majorticklocs()
    formatter = ax.xaxis.get_major_formatter()
    texts = formatter.format_ticks(locs)
    plain = formatter.offset == 0 and formatter.orderOfMagnitude == 0
    plt.close(fig)
    return locs, texts, plain


print("# provenance: tools/reference/scalar_formatter.py run with Debian python3-matplotlib " + matplotlib.__version__)
print("case,lo,hi,nbins,ticks,labels")
k = 0
for lo, hi, nbins in cases(400):
    locs, texts, plain = labels(lo, hi, nbins)
    if plain:
        print(f"{k},{lo!r},{hi!r},{nbins}," + ";".join(repr(float(t)) for t in locs) + "," + ";".join(texts))
        k += 1
