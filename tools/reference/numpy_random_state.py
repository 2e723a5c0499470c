#!/usr/bin/python3
"""Reference draws of numpy's legacy RandomState for NumpyRandomStateTest.

Usage: /usr/bin/python3 tools/reference/numpy_random_state.py > src/test/resources/reference/numpy-random-state.csv
Each row is one draw: seed, the call made, the index of the draw in that seed's sequence of calls, numpy's
value, the value numpy would draw if libm's log were correctly rounded (crlogValue), and whether the two
differ (numpyDiffers). Values are Python's repr (shortest string that reads back to the same double).
crlogValue comes from the legacy polar method rewritten in Python (legacy_polar.py) over a second
RandomState(seed) called in lockstep, with correctly_rounded.log; the same rewrite with glibc's log is
checked to give numpy's values."""
import math

import mpmath
import numpy as np

import correctly_rounded
from legacy_polar import LegacyNormal


class Streams:
    """numpy's own stream and two twins in lockstep: the Python polar method with glibc's log (which must
    reproduce numpy exactly) and with the correctly rounded log."""

    def __init__(self, seed):
        self.numpy = np.random.RandomState(seed)
        self.twins = [np.random.RandomState(seed), np.random.RandomState(seed)]
        self.glibc = LegacyNormal(self.twins[0].random_sample, math.log)
        self.cr = LegacyNormal(self.twins[1].random_sample, correctly_rounded.log)

    def plain(self, method, *args, **kwargs):
        """A call that takes no log: all streams draw the same values."""
        values = getattr(self.numpy, method)(*args, **kwargs)
        for twin in self.twins:
            assert np.array_equal(getattr(twin, method)(*args, **kwargs), values)
        return [(v, v) for v in np.atleast_1d(values)]

    def normal(self, loc, scale, size=None):
        values = self.numpy.normal(loc, scale, size)
        pairs = []
        for v in np.atleast_1d(values):
            assert self.glibc.normal(loc, scale) == v, "the Python polar method must reproduce numpy"
            pairs.append((v, self.cr.normal(loc, scale)))
        return pairs


print(f"# provenance: tools/reference/numpy_random_state.py run with Debian python3-numpy {np.__version__}"
      f" and mpmath {mpmath.__version__} (crlogValue)")
print("seed,call,index,value,crlogValue,numpyDiffers")


def emit(seed, call, index, pair):
    value, cr = float(pair[0]), float(pair[1])
    print(f"{seed},{call},{index},{value!r},{cr!r},{str(value != cr).lower()}")


for seed in (0, 1, 42, 1234, 2**32 - 1):
    s = Streams(seed)
    i = 0
    for p in s.plain("random_sample", 700):      # crosses the 624-word refill twice
        emit(seed, "random_sample", i, p); i += 1
    for p in s.plain("uniform", -1, 1, 50):
        emit(seed, "uniform(-1;1)", i, p); i += 1
    for p in s.plain("uniform", size=7):
        emit(seed, "uniform(0;1)", i, p); i += 1
    for p in s.normal(0, 1, 11):                 # odd count: leaves a cached second value
        emit(seed, "normal(0;1)", i, p); i += 1
    emit(seed, "normal(10;1)", i, s.normal(10, 1)[0]); i += 1    # returns the cached value, rescaled
    emit(seed, "normal(-3;0.5)", i, s.normal(-3, 0.5)[0]); i += 1
    emit(seed, "random_sample", i, s.plain("random_sample")[0]); i += 1  # does not touch the cache
    emit(seed, "normal(0;0.7)", i, s.normal(0, 0.7)[0]); i += 1
    emit(seed, "normal(0;0.7)", i, s.normal(0, 0.7)[0]); i += 1

# a long run: 200,000 standard normals after seed 1234; kept: every 1,009th, the last, and every draw
# where numpy's value differs from the correctly rounded log's
pairs = Streams(1234).normal(0, 1, 200_000)
kept = set(range(0, 200_000, 1009)) | {199_999} | {i for i, (v, cr) in enumerate(pairs) if v != cr}
for i in sorted(kept):
    emit(1234, "long-normal(0;1)", i, pairs[i])
