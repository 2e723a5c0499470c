#!/usr/bin/python3
"""Reference values of the correctly rounded natural logarithm for CorrectlyRoundedLogTest.

Usage: /usr/bin/python3 tools/reference/correctly_rounded_log.py > src/test/resources/reference/correctly-rounded-log.csv
Each row: the kind of input, x, log(x) rounded to the nearest double (correctly_rounded.py: mpmath at
256 bits, then rounded once; checked against 512 bits for the hard cases), glibc's log(x) (Python's
math.log) where it differs, and whether glibc's value is the correctly rounded one. Floats are written with
Python's repr, which reads back to the same double."""
import math
import platform
import sys

import mpmath
import numpy as np
from mpmath import mp

import correctly_rounded
from correctly_rounded import log as cr_log


rows = []
seen = set()


def add(category, values):
    for x in values:
        x = float(x)
        if x in seen or not (0.0 < x < math.inf):
            continue
        seen.add(x)
        rows.append((category, x))


def r2_values(rs, n):
    """Accepted r2 = x1^2 + x2^2 of numpy's legacy polar method: the inputs NumpyRandomState takes logs of."""
    out = []
    while len(out) < n:
        x1 = 2.0 * rs.random_sample() - 1.0
        x2 = 2.0 * rs.random_sample() - 1.0
        r2 = x1 * x1 + x2 * x2
        if 0.0 < r2 < 1.0:
            out.append(r2)
    return out


rs = np.random.RandomState(20240601)
add("random-uniform", rs.random_sample(20_000))
add("random-r2", r2_values(rs, 5_000))
bits = rs.randint(1, 0x7FF0_0000_0000_0000, size=3_000, dtype=np.int64)
add("random-bits", bits.view(np.float64))
add("near-one", [1.0] + [1.0 + k * 2.0**-52 for k in range(1, 101)] + [1.0 - k * 2.0**-53 for k in range(1, 101)])
add("power-of-two", [2.0**e for e in range(-1074, 1024)])
add("subnormal", [k * 5e-324 for k in range(1, 65)] + [2.0**-1022 - 5e-324, 2.0**-1022 - 2 * 5e-324]
    + list(rs.randint(1, 2**52, size=300, dtype=np.int64).view(np.float64)))
add("huge", [sys.float_info.max, math.nextafter(sys.float_info.max, 0), 1e300, 1.5 * 2.0**1023, 1e308,
             math.nextafter(2.0**1023, 0), math.nextafter(2.0**1023, math.inf), 1e200, 1e100, 12345678901234567.0])
# Inputs next to 1 whose log is within 2^-24 ulp of a midpoint: hard to round (log(1 + t) = t - t^2/2 + ...).
add("hard-near-one", [x for n in range(1, 100_001) for x in (1.0 + n * 2.0**-52, 1.0 - n * 2.0**-53)
                      if correctly_rounded.midpoint_distance(mp.log, x) < 2.0**-24])
# More r2 inputs, keeping only those where glibc's log is not the correctly rounded one.
add("glibc-differs", [x for x in r2_values(rs, 300_000) if math.log(x) != cr_log(x)])

print(f"# provenance: tools/reference/correctly_rounded_log.py run with Debian python3 {platform.python_version()}, "
      f"mpmath {mpmath.__version__}, numpy {np.__version__}, {'/'.join(platform.libc_ver())}")
print("category,x,log,glibcLog,glibcAgrees")
for category, x in rows:
    y = cr_log(x)
    if category.startswith("hard"):
        assert y == cr_log(x, 512), x
    g = math.log(x)
    print(f"{category},{x!r},{y!r},{'' if g == y else repr(g)},{str(g == y).lower()}")
