#!/usr/bin/python3
"""Reference text of Python's float formatting for PythonFloatFormatTest: the seeds print with f-strings.

Usage: /usr/bin/python3 tools/reference/python_float_format.py > src/test/resources/reference/python-float-format.csv
Columns: bits (the double's IEEE bits as hex, so that -0.0 and every value survive exactly), repr (repr(v)),
fixed3 (f"{v:.3f}"), fixed4 (f"{v:.4f}"), numpy (f"{np.array([[v]]).squeeze()}", what the seed prints for a
squeezed array). Values: signed zeros, tiny negatives that round to zero, decimal halves that are not exact in
binary, repr's switches between fixed and exponent notation, and random doubles of many magnitudes."""
import random
import struct
import sys

import numpy as np

values = [0.0, -0.0, -1e-300, -0.0004, 0.0004, -0.0005, 0.0005, 0.0015, 2.675, -2.675, 1.0005, 0.12345,
          -0.00049999999999999999, 0.5, 1.8, -2.0, 1.6, -0.1, 11.0, 18.0, 2.0000000000000004, -2.268263692471887e-17,
          1e-4, 1e-5, 0.00012345, 1e15, 1e16, 123456789012345680.0, 1.7976931348623157e308, 5e-324, 9999.99951,
          0.99995, 2.6509, 0.66515, 1e22, 1.5e-7]
rng = random.Random(3)
for _ in range(200):
    values.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-8, 20))

print(f"# provenance: tools/reference/python_float_format.py run with Debian python3 {sys.version.split()[0]},"
      f" python3-numpy {np.__version__}")
print("bits,repr,fixed3,fixed4,numpy")
for v in values:
    bits = struct.unpack(">Q", struct.pack(">d", v))[0]
    print(f"{bits:016x},{v!r},{v:.3f},{v:.4f},{np.array([[v]]).squeeze()}")
