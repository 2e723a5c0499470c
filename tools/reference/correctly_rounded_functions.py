#!/usr/bin/python3
"""Reference values of log10, tanh, pow, cos, sin, atan2 and hypot rounded to the nearest double (ties to even), for
the tests of org.gradientatlas.math (CorrectlyRoundedLog10Test and the others).

Usage: /usr/bin/python3 tools/reference/correctly_rounded_functions.py FUNCTION \
           > src/test/resources/reference/correctly-rounded-FUNCTION.csv
for FUNCTION in log10, tanh, pow, cos, sin, atan2, hypot. Each row: the kind of input, x, y (empty for one-argument
functions; atan2's arguments in Java's order, y then x), and the value: mpmath at 256 bits rounded once
(correctly_rounded.to_double, subnormal results included), checked against 512 bits for every row that is not
random; or, where the value is a dyadic rational (exact powers, Pythagorean triples), the exact value rounded
by Python's Fraction-to-float conversion, which is correctly rounded with ties to even, and checked against
mpmath where mpmath is not tied. Floats are written with Python's repr (Infinity and -Infinity as Java reads them).
"""
import math
import platform
import sys
from fractions import Fraction

import mpmath
import numpy as np
from mpmath import mp, mpf

from correctly_rounded import to_double

MAX = sys.float_info.max
TINY = 5e-324


def fmt(v):
    return repr(v) if math.isfinite(v) else ("Infinity" if v > 0 else "-Infinity")


def evaluate(f, args, bits):
    with mp.workprec(bits):
        return to_double(f(*[mpf(a) for a in args]))


def exact_float(q):
    """The double nearest to the rational q, ties to even, with overflow to infinity."""
    try:
        return float(q)
    except OverflowError:
        return math.copysign(math.inf, q)


class Table:
    def __init__(self, name, f, arity):
        self.name, self.f, self.arity = name, f, arity
        self.rows, self.seen = [], set()

    def add(self, category, inputs, exact=None):
        for args in inputs:
            args = tuple(float(a) for a in (args if isinstance(args, tuple) else (args,)))
            key = tuple(struct_bits(a) for a in args)
            if key in self.seen or any(math.isnan(a) for a in args):
                continue
            self.seen.add(key)
            value = exact(*args) if exact else None
            if value is None:
                value = evaluate(self.f, args, 256)
                assert category.startswith("random") or value == evaluate(self.f, args, 512), (category, args)
            self.rows.append((category, args, value))

    def print(self):
        print(f"# provenance: tools/reference/correctly_rounded_functions.py {self.name} run with Debian python3 "
              f"{platform.python_version()}, mpmath {mpmath.__version__}, numpy {np.__version__}")
        print("category,x,y,value")
        for category, args, value in self.rows:
            y = fmt(args[1]) if self.arity == 2 else ""
            print(f"{category},{fmt(args[0])},{y},{fmt(value)}")


def struct_bits(v):
    return np.float64(v).view(np.int64).item()


def near(x, steps=1):
    out = [x]
    for _ in range(steps):
        out = [math.nextafter(out[0], -math.inf)] + out + [math.nextafter(out[-1], math.inf)]
    return out


def random_bits(rs, n, positive=False):
    bits = rs.randint(0, 0x7FF0_0000_0000_0000, size=n, dtype=np.int64).view(np.float64)
    return [float(b) if positive or i % 2 else -float(b) for i, b in enumerate(bits)]


def midpoint_distance(f, args):
    """How far f(args) lies from the nearest rounding midpoint, in ulps of the result (for hard cases)."""
    with mp.workprec(256):
        exact = f(*[mpf(a) for a in args])
        y = to_double(exact)
        return 0.5 - abs(float((exact - y) / math.ulp(y)))


def hard(f, candidates):
    """The candidates whose value lies within 2^-13 ulp of a rounding midpoint (about 1 in 4000)."""
    return [args for args in candidates if midpoint_distance(f, args) < 2.0**-13]


def log10_table(rs):
    t = Table("log10", mp.log10, 1)
    t.add("random-axis", 10.0 ** rs.uniform(-3, 6, 2000))
    t.add("random-unit", rs.uniform(0, 10, 1000))
    t.add("random-bits", random_bits(rs, 1000, positive=True))
    t.add("power-of-ten", [x for n in range(-323, 309) for x in near(float(f"1e{n}"))])
    t.add("near-one", [1.0 + k * 2.0**-52 for k in range(1, 51)] + [1.0 - k * 2.0**-53 for k in range(1, 51)])
    t.add("subnormal", [k * TINY for k in range(1, 40)]
          + list(rs.randint(1, 2**52, 100).astype(np.int64).view(np.float64)))
    t.add("extreme", [MAX, math.nextafter(MAX, 0), 2.0**-1022])
    t.add("hard", hard(mp.log10, zip(rs.uniform(0, 100, 150_000))))
    return t


def tanh_table(rs):
    t = Table("tanh", mp.tanh, 1)
    t.add("random-perceptron", rs.uniform(-6, 6, 2000))
    t.add("random-float32", rs.uniform(-10, 10, 1000).astype(np.float32))
    t.add("random-log", rs.choice([-1.0, 1.0], 1000) * 2.0 ** rs.uniform(-40, 5, 1000))
    t.add("random-bits", random_bits(rs, 500))
    t.add("threshold", [s * x for s in (1.0, -1.0) for c in (2.0**-28, 0.17, 19.06, 22.0) for x in near(c, 2)]
          + [0.0, TINY, -TINY, 2.0**-1022, 1e-300, 23.0, 100.0, MAX, -MAX, math.inf, -math.inf])  # -0: in Java
    t.add("hard", hard(mp.tanh, zip(rs.uniform(-6, 6, 150_000))))
    return t


def exact_power(x, y):
    """x^y by Fraction arithmetic if it is a dyadic rational (an integer y, or x a perfect 2^k-th power and
    y = n / 2^k), else None. Results beyond 2^+-1100 are only their rounding (inf or 0)."""
    fx, fy = Fraction(x), Fraction(y)
    if abs(fy) > 4096 or math.log2(x) * y > 1100:
        return math.inf if math.log2(x) * y > 0 else 0.0
    if math.log2(x) * y < -1100:
        return 0.0
    k = fy.denominator.bit_length() - 1
    root = fx
    for _ in range(k):
        num, den = math.isqrt(root.numerator), math.isqrt(root.denominator)
        if num * num != root.numerator or den * den != root.denominator:
            return None
        root = Fraction(num, den)
    return exact_float(root ** fy.numerator)


def pow_table(rs):
    t = Table("pow", mp.power, 2)
    steps = list(range(1, 1001)) + list(rs.randint(1, 300_000, 500))
    t.add("adam-bias", [(b, float(n)) for b in (0.9, 0.999) for n in steps])
    t.add("axis-pad", [(r, 0.05) for r in 10.0 ** rs.uniform(0, 8, 500)])
    t.add("random-moderate", zip(rs.uniform(0, 10, 1500), rs.uniform(-50, 50, 1500)))
    t.add("random-wide", zip(2.0 ** rs.uniform(-1000, 1000, 500), rs.uniform(-1, 1, 500)))
    t.add("random-near-one", zip(1 + rs.uniform(-1e-6, 1e-6, 300), rs.uniform(-1e8, 1e8, 300)))
    t.add("random-negative-base", zip(-rs.uniform(0, 10, 500), rs.randint(-60, 60, 500).astype(float)),
          exact=None)
    t.add("random-bits", zip(random_bits(rs, 500, positive=True), rs.uniform(-3, 3, 500)))
    xs = 2.0 ** rs.uniform(-3, 3, 300)
    t.add("subnormal-result", [(x, y) for x, y in zip(xs, -rs.uniform(1022.5, 1074.5, 300) / np.log2(xs)) if y == y])
    t.add("overflow", [(x, y) for x, y in zip(xs, rs.uniform(1023.5, 1024.5, 300) / np.log2(xs))])
    odd27 = [int(m) | 1 for m in rs.randint(2**26, 2**27, 300)]
    t.add("exact-midpoint", [(m * 2.0 ** e, 2.0) for m, e in zip(odd27, rs.randint(-500, 480, 300))], exact=exact_power)
    t.add("exact", [(float(m), float(k)) for m in range(2, 40) for k in range(1, 12)]
          + [(float(m * m), 0.5) for m in odd27[:50]] + [(float(m**4), 0.25) for m in range(3, 200, 7)]
          + [(float(m * m), 1.5) for m in range(3, 20000, 97)] + [(float(m**4), 0.75) for m in range(3, 3000, 31)]
          + [(2.0 ** e, y) for e in (-1074, -1000, -2, 2, 6, 1000) for y in (0.5, 1.5, -0.5, 0.25, 3.0, -2.0, 0.3)]
          + [(2.0**-537, 2.0), (2.0**-1074, 0.5), (2.0**-1073, 1.0 + 2.0**-10), (0.5, 1075.0), (0.5, 1074.0)],
          exact=exact_power)
    t.add("hard", hard(mp.power, zip(rs.uniform(0.5, 2, 150_000), rs.uniform(-20, 20, 150_000))))
    return t


def cos_table(rs):
    t = Table("cos", mp.cos, 1)
    t.add("natural-gradient", [math.pi * k / (n - 1) for n in (2, 3, 5, 10, 50, 101, 400, 401, 1000) for k in range(n)])
    t.add("random-small", rs.uniform(-10, 10, 1000))
    t.add("random-medium", rs.uniform(-1e6, 1e6, 500))
    t.add("random-large", rs.choice([-1.0, 1.0], 150) * 2.0 ** rs.uniform(20, 1023, 150))
    t.add("random-bits", random_bits(rs, 100))
    t.add("near-half-pi-multiple", [x for k in range(1, 4000, 3) for x in near(float(k * mp.pi / 2))])
    t.add("threshold", [x for c in (2.0**-27, 2.0**20) for x in near(c, 2)] + [0.0, -0.0, TINY, 1e-300, MAX, -MAX])
    t.add("hard", hard(mp.cos, zip(rs.uniform(-10, 10, 150_000))))
    return t


def sin_table(rs):
    t = Table("sin", mp.sin, 1)
    radians_per_degree = 0.017453292519943295  # the JDK's toRadians constant
    t.add("view-angle", [d * radians_per_degree for d in list(range(-360, 361)) + list(rs.uniform(-360, 360, 300))])
    t.add("random-small", rs.uniform(-10, 10, 1000))
    t.add("random-medium", rs.uniform(-1e6, 1e6, 300))
    t.add("random-large", rs.choice([-1.0, 1.0], 100) * 2.0 ** rs.uniform(20, 1023, 100))
    t.add("random-bits", random_bits(rs, 100))
    t.add("near-pi-multiple", [x for k in range(1, 3000, 7) for x in near(float(k * mp.pi))])
    t.add("threshold", [s * x for s in (1.0, -1.0) for c in (2.0**-26, 2.0**20) for x in near(c, 2)]
          + [0.0, TINY, -TINY, 1e-300, MAX, -MAX])  # -0: in Java
    t.add("hard", hard(mp.sin, zip(rs.uniform(-10, 10, 150_000))))
    return t


def atan2_table(rs):
    t = Table("atan2", mp.atan2, 2)
    u, v = rs.uniform(-3, 3, (1500, 2)), rs.uniform(-3, 3, (1500, 2))
    t.add("perceptron", [(a[0] * b[1] - a[1] * b[0], a[0] * b[0] + a[1] * b[1]) for a, b in zip(u, v)])
    t.add("random", zip(rs.uniform(-1e3, 1e3, 1000), rs.uniform(-1e3, 1e3, 1000)))
    signs = rs.choice([-1.0, 1.0], (500, 2))
    t.add("random-far-apart", [(s[0] * 2.0 ** a, s[1] * 2.0 ** b) for s, a, b in
                               zip(signs, rs.uniform(-1074, 1023, 500), rs.uniform(-1074, 1023, 500))])
    t.add("random-bits", zip(random_bits(rs, 300), random_bits(rs, 300)))
    t.add("subnormal-result", [(s * 2.0 ** -rs.uniform(40, 60), 2.0 ** rs.uniform(1000, 1023)) for s in signs[:200, 0]])
    extremes = [1.0, -1.0, TINY, -TINY, MAX, -MAX, 2.0**-1022, 3.0]  # zeros, infinities: tested in Java
    t.add("extreme", [(y, x) for y in extremes for x in extremes])
    t.add("hard", hard(mp.atan2, zip(rs.uniform(-3, 3, 150_000), rs.uniform(-3, 3, 150_000))))
    return t


OVERFLOW = Fraction(MAX) + Fraction(2) ** 970  # halfway between MAX and 2^1024


def midpoint_above(d):
    return OVERFLOW if d == MAX else (Fraction(d) + Fraction(math.nextafter(d, math.inf))) / 2


def exact_hypot(x, y):
    """sqrt(x^2 + y^2) rounded to nearest, ties to even, decided on the exact sum of squares."""
    s = Fraction(x) ** 2 + Fraction(y) ** 2
    if s >= OVERFLOW ** 2:
        return math.inf  # at the midpoint itself the tie goes to the even 2^1024
    d = min(MAX, exact_float(Fraction(math.isqrt(math.floor(s * 4**1200)), 2**1200)))  # within an ulp or two
    while midpoint_above(d) ** 2 < s:
        d = math.nextafter(d, math.inf)
    while d > 0 and midpoint_above(math.nextafter(d, 0)) ** 2 > s:
        d = math.nextafter(d, 0)
    if struct_bits(d) & 1 and midpoint_above(d) ** 2 == s:
        return math.nextafter(d, math.inf)
    if struct_bits(d) & 1 and d > 0 and midpoint_above(math.nextafter(d, 0)) ** 2 == s:
        return math.nextafter(d, 0)
    return d


def pythagorean_midpoints(rs, n):
    """(A, B) with A^2 + B^2 = C^2, C an odd 54-bit integer: hypot is exactly a rounding midpoint."""
    out = []
    while len(out) < n:
        m = int(rs.randint(2**26 + 2**24, 2**26 + 2**25))
        k = int(rs.randint(1, 2**20))
        n_ = m - 2 * k + 1 if (m % 2 == 0) else m - 2 * k  # opposite parity, close to m
        a, b, c = m * m - n_ * n_, 2 * m * n_, m * m + n_ * n_
        if math.gcd(m, n_) == 1 and c.bit_length() == 54 and a.bit_length() <= 53 and (b >> 1).bit_length() <= 53:
            out.append((float(a), float(b)))
    return out


def hypot_table(rs):
    t = Table("hypot", mp.hypot, 2)
    t.add("gradient", zip(rs.uniform(-100, 100, 1500), rs.uniform(-100, 100, 1500)))
    signs = rs.choice([-1.0, 1.0], (500, 2))
    t.add("random-wide", [(s[0] * 2.0 ** a, s[1] * 2.0 ** b) for s, a, b in
                          zip(signs, rs.uniform(-1074, 1023, 500), rs.uniform(-1074, 1023, 500))])
    t.add("random-near", [(s[0] * 2.0 ** a, s[1] * 2.0 ** (a + d)) for s, a, d in
                          zip(signs, rs.uniform(-1074, 1023, 500), rs.uniform(-40, 40, 500))])
    t.add("subnormal", zip(rs.randint(1, 2**52, 200).astype(np.int64).view(np.float64),
                           rs.randint(1, 2**52, 200).astype(np.int64).view(np.float64)), exact=exact_hypot)
    t.add("huge", [(MAX, MAX), (MAX, 1.0), (MAX / 2**0.5, MAX / 2**0.5), (1e308, 1e308), (-MAX, 2.0**970)]
          + list(zip(MAX * rs.uniform(0.5, 1, 50), MAX * rs.uniform(0, 1, 50))), exact=exact_hypot)
    t.add("pythagorean", [(3.0 * 2.0**e, 4.0 * 2.0**e) for e in range(-1076, 1020, 37)]
          + [(float(m * m - n * n), float(2 * m * n)) for m in range(2, 60) for n in range(1, m, 5)], exact=exact_hypot)
    t.add("exact-midpoint", [(a * 2.0**e, b * 2.0**e) for (a, b), e in
                             zip(pythagorean_midpoints(rs, 200), rs.randint(-1020, 960, 200))], exact=exact_hypot)
    specials = [0.0, -0.0, 1.0, -1.0, TINY, MAX, math.inf, -math.inf, 2.0**-1022, 3.0]
    t.add("special", [(x, y) for x in specials for y in specials], exact=lambda x, y: (
        math.inf if math.isinf(x) or math.isinf(y) else exact_hypot(x, y)))
    t.add("hard", hard(mp.hypot, zip(rs.uniform(-100, 100, 150_000), rs.uniform(-100, 100, 150_000))))
    return t


if __name__ == "__main__":
    tables = {"atan2": atan2_table, "cos": cos_table, "hypot": hypot_table, "log10": log10_table, "pow": pow_table,
              "tanh": tanh_table, "sin": sin_table}  # each its own seed: 20240610 plus its place here
    name = sys.argv[1]
    tables[name](np.random.RandomState(20240610 + list(tables).index(name))).print()
