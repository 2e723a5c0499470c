#!/usr/bin/python3
"""Reference data of scikit-learn's make_blobs for MakeBlobsTest (seed 003's perceptron data set).

Usage: /usr/bin/python3 tools/reference/make_blobs.py > src/test/resources/reference/make-blobs.csv
Rows: make_blobs(n_samples, centers=2, n_features=2, center_box=(-4, 4), random_state=seed) as the seed calls it
(kind=sample: row index, x1, x2, label as make_blobs returns it, before the seed maps it to 2 y - 1), and the
drawn centres (kind=center, return_centers=True). Doubles are Python's repr."""
import numpy as np
import sklearn
from sklearn.datasets import make_blobs

print(f"# provenance: tools/reference/make_blobs.py run with Debian python3-sklearn {sklearn.__version__},"
      f" python3-numpy {np.__version__}")
print("seed,nSamples,kind,index,x1,x2,label")

for seed, n in ((0, 100), (1, 100), (7, 101), (2**32 - 1, 100)):
    x, y, centers = make_blobs(n_samples=n, centers=2, n_features=2, center_box=(-4, 4), random_state=seed,
                               return_centers=True)
    for i, c in enumerate(centers):
        print(f"{seed},{n},center,{i},{float(c[0])!r},{float(c[1])!r},")
    for i in range(n):
        print(f"{seed},{n},sample,{i},{float(x[i, 0])!r},{float(x[i, 1])!r},{int(y[i])}")
