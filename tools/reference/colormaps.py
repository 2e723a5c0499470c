#!/usr/bin/python3
"""Writes matplotlib's colormap lookup tables as the resources that org.gradientatlas.plot.Colormap loads.

Usage: /usr/bin/python3 tools/reference/colormaps.py   (from the project root; writes src/main/resources/colormaps/)
Each table has one row per lookup entry, r,g,b as matplotlib's cmap(i, bytes=True) gives them: the float
table times 255 truncated to uint8 (not rounded). Under/over colours are the first/last rows and "bad" is
transparent for every map written here; the script checks that rather than assuming it."""
import pathlib

import matplotlib
import numpy as np

NAMES = ["viridis", "plasma", "inferno", "magma", "cividis", "terrain", "coolwarm", "RdBu_r", "jet", "gray"]
OUT = pathlib.Path("src/main/resources/colormaps")


def table(name):
    cmap = matplotlib.colormaps[name]
    assert cmap.N == 256, (name, cmap.N)
    rgba = cmap(np.arange(cmap.N), bytes=True)
    assert (rgba[:, 3] == 255).all(), name
    assert tuple(cmap(-1.0, bytes=True)) == tuple(rgba[0]), name
    assert tuple(cmap(2.0, bytes=True)) == tuple(rgba[-1]), name
    assert tuple(cmap(np.nan, bytes=True)) == (0, 0, 0, 0), name
    return rgba[:, :3]


OUT.mkdir(parents=True, exist_ok=True)
for name in NAMES:
    lines = [f"# provenance: tools/reference/colormaps.py run with Debian python3-matplotlib {matplotlib.__version__}",
             f"# matplotlib.colormaps['{name}'](range(256), bytes=True)[:, :3]; under = first row, "
             "over = last row, bad = transparent"]
    lines += [f"{r},{g},{b}" for r, g, b in table(name)]
    (OUT / f"{name}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
