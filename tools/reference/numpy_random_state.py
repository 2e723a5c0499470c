#!/usr/bin/python3
"""Reference draws of numpy's legacy RandomState for NumpyRandomStateTest.

Usage: /usr/bin/python3 tools/reference/numpy_random_state.py > src/test/resources/reference/numpy-random-state.csv
Each row is one draw: seed, the call made, the index of the draw in that seed's sequence of calls, and the
value as Python's repr (shortest string that reads back to the same double)."""
import numpy as np

print("# provenance: tools/reference/numpy_random_state.py run with Debian python3-numpy " + np.__version__)
print("seed,call,index,value")

def emit(seed, call, index, value):
    print(f"{seed},{call},{index},{float(value)!r}")

for seed in (0, 1, 42, 1234, 2**32 - 1):
    rs = np.random.RandomState(seed)
    i = 0
    for v in rs.random_sample(700):            # crosses the 624-word refill twice
        emit(seed, "random_sample", i, v); i += 1
    for v in rs.uniform(-1, 1, 50):
        emit(seed, "uniform(-1;1)", i, v); i += 1
    for v in rs.uniform(size=7):
        emit(seed, "uniform(0;1)", i, v); i += 1
    for v in rs.normal(0, 1, 11):              # odd count: leaves a cached second value
        emit(seed, "normal(0;1)", i, v); i += 1
    emit(seed, "normal(10;1)", i, rs.normal(10, 1)); i += 1   # returns the cached value, rescaled
    emit(seed, "normal(-3;0.5)", i, rs.normal(-3, 0.5)); i += 1
    emit(seed, "random_sample", i, rs.random_sample()); i += 1  # does not touch the cache
    emit(seed, "normal(0;0.7)", i, rs.normal(0, 0.7)); i += 1
    emit(seed, "normal(0;0.7)", i, rs.normal(0, 0.7)); i += 1

# a long run: 200,000 standard normals after seed 1234, every 1,009th kept
rs = np.random.RandomState(1234)
values = rs.normal(0, 1, 200_000)
for i in range(0, 200_000, 1009):
    emit(1234, "long-normal(0;1)", i, values[i])
emit(1234, "long-normal(0;1)", 199_999, values[-1])
