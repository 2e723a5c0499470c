#!/usr/bin/python3
"""Reference values of the correctly rounded exponential for CorrectlyRoundedExpTest.

Usage: /usr/bin/python3 tools/reference/correctly_rounded_exp.py > src/test/resources/reference/correctly-rounded-exp.csv
Each row: the kind of input, x, exp(x) rounded to the nearest double (correctly_rounded.py: mpmath at 256
bits, then rounded once, subnormal results included; checked against 512 bits for the hard cases), glibc's
exp(x) (Python's math.exp, which numpy's np.exp on a float64 scalar also calls) where it differs, and whether
glibc's value is the correctly rounded one. Floats are written with Python's repr, which reads back to the
same double, except that infinities are written Infinity and -Infinity, as Java reads them."""
import math
import platform
import sys

import mpmath
import numpy as np
from mpmath import mp

import correctly_rounded
from correctly_rounded import exp as cr_exp

rows = []
seen = set()


def add(category, values):
    for x in values:
        x = float(x)
        if x in seen or math.isnan(x):
            continue
        seen.add(x)
        rows.append((category, x))


def fmt(v):
    return repr(v) if math.isfinite(v) else ("Infinity" if v > 0 else "-Infinity")


def glibc_exp(x):
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


rs = np.random.RandomState(20240602)
add("random-unit", rs.uniform(-1, 1, 20_000))
add("random-log-sigma", rs.uniform(-3, 3, 5_000))  # GaussianFit takes exp of ln sigma
add("random-range", rs.uniform(-745.2, 709.8, 3_000))
add("subnormal-result", rs.uniform(-745.14, -708.4, 500))
add("random-bits", rs.randint(0, 2**63 - 1, size=1_000, dtype=np.int64).view(np.float64))
add("random-bits", -rs.randint(0, 2**63 - 1, size=1_000, dtype=np.int64).view(np.float64))
add("integer", range(-746, 711))
add("near-zero", [s * m for s in (1.0, -1.0) for m in
                  [0.0, 5e-324, 1e-300, 2.0**-60, 2.0**-55, math.nextafter(2.0**-54, 0), 2.0**-54,
                   math.nextafter(2.0**-54, 1), 2.0**-53, math.nextafter(2.0**-53, 1), 2.0**-52, 2.0**-30, 1e-10]])


def around(x):
    return [math.nextafter(x, -math.inf), x, math.nextafter(x, math.inf)]


# ln of: the largest double, the least normal, the least subnormal, half of it (where +0 begins);
# and the cut-offs of CorrectlyRoundedExp
add("threshold", around(math.log(sys.float_info.max)) + around(-708.3964185322641) + around(-744.4400719213812)
    + around(-745.1332191019412) + around(709.79) + around(-745.14)
    + [709.78, 709.8, 1000.0, -1000.0, math.inf, -math.inf, sys.float_info.max, -sys.float_info.max])
# Inputs next to 0 whose exp is within 2^-20 ulp of a midpoint (exp(t) = 1 + t + t^2/2 + ...).
add("hard-near-zero", [x for n in range(1, 20_001) for x in (n * 2.0**-26, -n * 2.0**-26, -n * 2.0**-27)
                       if correctly_rounded.midpoint_distance(mp.exp, x) < 2.0**-20])
# More inputs in GaussianFit's range, keeping only those where glibc's exp is not the correctly rounded one.
add("glibc-differs", [x for x in rs.uniform(-3, 3, 300_000) if math.exp(x) != cr_exp(x)])

print(f"# provenance: tools/reference/correctly_rounded_exp.py run with Debian python3 {platform.python_version()}, "
      f"mpmath {mpmath.__version__}, numpy {np.__version__}, {'/'.join(platform.libc_ver())}")
print("category,x,exp,glibcExp,glibcAgrees")
for category, x in rows:
    y = cr_exp(x)
    if category.startswith("hard") or category == "threshold":
        assert y == cr_exp(x, 512), x
    g = glibc_exp(x)
    print(f"{category},{fmt(x)},{fmt(y)},{'' if g == y else fmt(g)},{str(g == y).lower()}")
