#!/usr/bin/python3
"""Contour lines and filled-band areas of a small random field as matplotlib computes them, for MarchingSquaresTest.

Usage: /usr/bin/python3 tools/reference/marching_squares.py > src/test/resources/reference/marching-squares.csv
matplotlib 3.6 draws contour()/contourf() with contourpy's 'mpl2014' generator; it is called directly here with
corner_mask=False (cells with a NaN corner stay empty, as in MarchingSquares). The lowest band's lower level is
lowered by 1, as ContourSet._get_lowers_and_uppers does, so that it includes z == zmin.

Rows (Python repr values): x,i,,value / y,j,,value / z,j,i,value (nan for missing) / level,n,,value /
path,n,p,closed(0|1) / point,n,p,x,y (closed paths without the repeated last point) / area,n,,value
(area of the band between level n and n + 1, holes subtracted)."""
import contourpy
import matplotlib
import numpy as np

rng = np.random.RandomState(11)
x = np.cumsum(rng.uniform(0.2, 1.0, 14))
y = np.cumsum(rng.uniform(0.2, 1.0, 11)) - 3.0
z = rng.normal(size=(11, 14))
z[4, 6] = np.nan
zm = np.ma.masked_invalid(z)
levels = [-1.5, -0.75, -0.2, 0.3, 1.0, 1.6]
generator = contourpy.contour_generator(x, y, zm, name="mpl2014", corner_mask=False)

print(f"# provenance: tools/reference/marching_squares.py run with Debian python3-matplotlib {matplotlib.__version__}"
      f", contourpy {contourpy.__version__} (mpl2014, corner_mask=False)")
print("kind,k1,k2,value1,value2")
for i, v in enumerate(x):
    print(f"x,{i},,{float(v)!r},")
for j, v in enumerate(y):
    print(f"y,{j},,{float(v)!r},")
for j in range(z.shape[0]):
    for i in range(z.shape[1]):
        print(f"z,{j},{i},{float(z[j, i])!r},")
for n, level in enumerate(levels):
    print(f"level,{n},,{level!r},")
    segments, kinds = generator.lines(level)
    for p, (points, codes) in enumerate(zip(segments, kinds)):
        # mpl2014 ends some loops with CLOSEPOLY (79) and others with a LINETO back to the start, which it
        # interpolated from the other side and may miss by an ulp
        closed = int(codes[-1] == 79 or np.allclose(points[0], points[-1], rtol=1e-12, atol=0))
        print(f"path,{n},{p},{closed},")
        for px, py in (points[:-1] if closed else points):
            print(f"point,{n},{p},{float(px)!r},{float(py)!r}")


def ring_area(points):
    xs, ys = points[:, 0], points[:, 1]
    return 0.5 * float(np.sum(xs * np.roll(ys, -1) - np.roll(xs, -1) * ys))


for n in range(len(levels) - 1):
    lower = levels[n] - 1 if n == 0 and levels[0] == float(zm.min()) else levels[n]
    area = 0.0
    for points, codes in zip(*generator.filled(lower, levels[n + 1])):
        starts = list(np.nonzero(codes == 1)[0]) + [len(codes)]
        for s0, s1 in zip(starts[:-1], starts[1:]):
            area += ring_area(points[s0:s1 - 1] if codes[s1 - 1] == 79 else points[s0:s1])
    print(f"area,{n},,{area!r},")
