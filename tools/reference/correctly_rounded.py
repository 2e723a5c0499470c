"""The natural log and exp rounded to the nearest double (ties to even), computed with mpmath at 256 bits
and then rounded once: what a correctly rounded libm returns, whatever the platform. Shared by the
reference scripts here."""
import math

from mpmath import mp, mpf


def to_double(v):
    """The double nearest to the mpf v, subnormal and overflowing results included."""
    if v == 0:
        return 0.0
    if abs(v) >= mpf(2) ** 1024 * (1 - mpf(2) ** -54):  # at or above MAX + ulp/2
        return math.copysign(math.inf, v)
    if abs(v) < mpf(2) ** -1022:  # subnormal: round to a multiple of 2^-1074 (-0.0 for a negative v)
        return math.copysign(math.ldexp(int(mp.nint(v * mpf(2) ** 1074)), -1074), v)
    return float(v)  # mpmath rounds its binary value to 53 bits, to nearest


def log(x, bits=256):
    with mp.workprec(bits):
        return to_double(mp.log(mpf(x)))


def exp(x, bits=256):
    with mp.workprec(bits):
        return to_double(mp.exp(mpf(x)))


def midpoint_distance(f, x):
    """How far f(x) (mp.log or mp.exp) lies from the nearest rounding midpoint, in ulps of the result."""
    with mp.workprec(256):
        exact = f(mpf(x))
        y = to_double(exact)
        return 0.5 - abs(float((exact - y) / math.ulp(y)))
