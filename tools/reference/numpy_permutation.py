#!/usr/bin/python3
"""Reference permutations of numpy's legacy RandomState for NumpyRandomStateTest.

Usage: /usr/bin/python3 tools/reference/numpy_permutation.py > src/test/resources/reference/numpy-permutation.csv
Each row is one call on the seed's stream, in order: permutation(n) (arange(n) shuffled with the legacy
shuffle, i.e. random_interval), or a normal / random_sample draw in between, to show that a shuffle takes
32-bit words from the same stream and leaves the cached second normal alone. values are the call's results,
';'-separated (Python's repr for doubles)."""
import numpy as np

print(f"# provenance: tools/reference/numpy_permutation.py run with Debian python3-numpy {np.__version__}")
print("seed,call,values")

CALLS = [("permutation", 1), ("permutation", 2), ("permutation", 10), ("normal", 3), ("permutation", 100),
         ("normal", 1), ("random_sample", 2), ("permutation", 1000)]

for seed in (0, 1, 42, 2**32 - 1):
    random = np.random.RandomState(seed)
    for call, n in CALLS:
        if call == "permutation":
            values = [str(int(v)) for v in random.permutation(n)]
        elif call == "normal":
            values = [repr(float(v)) for v in random.normal(0, 1, n)]
        else:
            values = [repr(float(v)) for v in random.random_sample(n)]
        print(f"{seed},{call}({n}),{';'.join(values)}")
