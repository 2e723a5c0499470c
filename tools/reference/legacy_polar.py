"""numpy 1.24's legacy normal draws (legacy_gauss in numpy/random/src/legacy/legacy-distributions.c:
Marsaglia's polar method, two values per accepted pair, the second cached for the next call) rewritten in
Python with the log as a parameter, so that the reference scripts can draw what numpy would draw with a
correctly rounded libm log. Python floats are IEEE doubles, so every other step rounds as numpy's C does."""
import math


class LegacyNormal:
    """normal(loc, scale) = loc + scale * gauss(), with uniforms taken from random_sample()."""

    def __init__(self, random_sample, log):
        self.random_sample = random_sample
        self.log = log
        self.cached = None

    def gauss(self):
        if self.cached is not None:
            value, self.cached = self.cached, None
            return value
        while True:
            x1 = 2.0 * self.random_sample() - 1.0
            x2 = 2.0 * self.random_sample() - 1.0
            r2 = x1 * x1 + x2 * x2
            if r2 < 1.0 and r2 != 0.0:
                break
        f = math.sqrt(-2.0 * self.log(r2) / r2)  # correctly rounded, as C's sqrt
        self.cached = f * x1
        return f * x2

    def normal(self, loc=0.0, scale=1.0):
        return loc + scale * self.gauss()
