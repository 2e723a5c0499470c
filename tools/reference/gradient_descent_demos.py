#!/usr/bin/python3
"""Reference values for seed 003's three gradient-descent demos (GradientDescentDemosTest).

Usage: /usr/bin/python3 tools/reference/gradient_descent_demos.py > src/test/resources/reference/gradient-descent-demos.csv

The seed's autograd library is not packaged; this script redoes its arithmetic with numpy on the same (1, 1)
and (2, 1) arrays and in the same operation order (np.power for powers, np.exp, np.tanh, np.matmul; backward
accumulating into x first through the later graph nodes), written out by hand for each model:
- demo=gd1d: perform_gd, f(x) = (x-2)**2 + 4*x - 2 from x0 = -3 (lr 0.1) and 4 (lr 0.8), 100 epochs;
  rows step, x (after step updates), f (at that x).
- demo=gd2d: perform_2d_gd, four starts, lr 0.3, 15 epochs; rows step, x, y, z.
- demo=gd2d-libm: the same with np.power and np.exp replaced by the C library's pow and exp (math.pow,
  math.exp): numpy 1.24 on a CPU with AVX-512 uses its own vectorised exp and SVML's pow, which are not always
  correctly rounded (np.power(x, 2.) is not always x * x); glibc's are, on these inputs.
- demo=grid2d: z_func on np.meshgrid(np.arange(-3, 3, 0.1), same) as the seed's contour plot, every 3rd point.
- demo=perceptron: perform_gd_perceptron on make_blobs(n_samples=100, centers=2, n_features=2,
  center_box=(-4, 4), random_state=0) (sklearn), labels 2y - 1, lr 0.1, 400 epochs, bias 0 (the seed's was
  np.random.rand, unseeded); rows every 4th step and the last: step, w0, w1, b, loss (at those parameters).
- demo=landscape: weight_to_loss on np.arange(-4, 4, 0.4) in w0 and w1 with bias 0; every point.
Columns: demo, run, step, a, b, c, d (demo-specific, see above; grids: i, j in step/a, then w0/x, w1/y, loss/z).
Doubles are Python's repr."""
import math

import numpy as np
import sklearn
from sklearn.datasets import make_blobs

ONE = np.ones((1, 1))


def rows(demo, run, step, *values):
    cells = [repr(float(v)) for v in values] + [""] * (4 - len(values))
    print(f"{demo},{run},{step}," + ",".join(cells))


def gd1d(x0, lr, epochs=100):
    x = np.array([[x0]], dtype=float)
    for step in range(epochs + 1):
        shifted = x - 2 * ONE
        f = (np.power(shifted, 2 * ONE) + np.multiply(x, 4 * ONE)) - 2 * ONE
        yield step, x[0, 0], f[0, 0]
        grad = np.matmul(ONE, np.diag((4 * ONE).reshape(-1)))       # from 4*x, reached first
        grad = grad + np.matmul(ONE, np.multiply(2 * ONE, np.power(shifted, 2 * ONE - 1.)))
        x = x - lr * grad.transpose()


LIBM = (np.vectorize(math.pow), np.vectorize(math.exp))


def z2d(x, y, power=np.power, exp=np.exp):
    """forward and backward of -(1-(x**2+y**3))*exp(-(x**2+y**2)/2) as the autograd graph evaluates them."""
    s1 = power(x, 2 * ONE) + power(y, 3 * ONE)
    n = -((-s1) + ONE)
    e = exp(np.multiply(-(power(x, 2 * ONE) + power(y, 2 * ONE)), 0.5 * ONE))
    via_exponent = -np.matmul(np.matmul(n, np.diag(e.reshape(-1))), np.diag((0.5 * ONE).reshape(-1)))
    dx = np.matmul(via_exponent, np.multiply(2 * ONE, power(x, 2 * ONE - 1.)))
    dy = np.matmul(via_exponent, np.multiply(2 * ONE, power(y, 2 * ONE - 1.)))
    dx = dx + np.matmul(e, np.multiply(2 * ONE, power(x, 2 * ONE - 1.)))
    dy = dy + np.matmul(e, np.multiply(3 * ONE, power(y, 3 * ONE - 1.)))
    return np.multiply(n, e), dx, dy


def gd2d(x0, y0, lr=0.3, epochs=15, ops=(np.power, np.exp)):
    x, y = np.array([[x0]], dtype=float), np.array([[y0]], dtype=float)
    for step in range(epochs + 1):
        z, dx, dy = z2d(x, y, *ops)
        yield step, x[0, 0], y[0, 0], z[0, 0]
        x, y = x - lr * dx.transpose(), y - lr * dy.transpose()


def perceptron_loss_and_grad(w, b, xs, ys):
    total = 0
    predictions = []
    for x, y in zip(xs, ys):
        t = np.tanh(np.matmul(w, x) + b)
        predictions.append(t)
        total = total + np.sum(np.power(t - y, 2))
    loss = np.multiply(total, 0.01)     # loss/len(dataset) is loss * 100 ** -1.
    gw, gb = 0, 0
    for x, y, t in reversed(list(zip(xs, ys, predictions))):
        delta = np.matmul(np.matmul(0.01 * ONE, 2 * (t - y).transpose()),
                          np.diag(np.subtract(1, np.power(t, 2)).reshape(-1)))
        gw = gw + np.matmul(delta.transpose(), x.transpose()).transpose()
        gb = gb + delta
    return loss, gw, gb


def perceptron(w0, w1, xs, ys, lr=0.1, epochs=400):
    w, b = np.array([[w0, w1]], dtype=float), np.zeros((1, 1))
    for step in range(epochs + 1):
        loss, gw, gb = perceptron_loss_and_grad(w, b, xs, ys)
        yield step, w[0, 0], w[0, 1], b[0, 0], float(loss)
        w, b = w - lr * gw.transpose(), b - lr * gb.transpose()


print(f"# provenance: tools/reference/gradient_descent_demos.py (seed 003 perform_gd, perform_2d_gd, z_func,"
      f" perform_gd_perceptron, weight_to_loss) run with Debian python3-numpy {np.__version__} (SIMD"
      f" {'AVX512F' if 'AVX512F' in np.core._multiarray_umath.__cpu_features__ and np.core._multiarray_umath.__cpu_features__['AVX512F'] else 'without AVX512F'}),"
      f" python3-sklearn {sklearn.__version__}")
print("demo,run,step,a,b,c,d")
for run, (x0, lr) in enumerate(((-3, 0.1), (4, 0.8))):
    for step, x, f in gd1d(x0, lr):
        rows("gd1d", run, step, x, f)
for demo, ops in (("gd2d", (np.power, np.exp)), ("gd2d-libm", LIBM)):
    for run, (x0, y0) in enumerate(((0.5, 1.8), (-2, -2), (-2, 2), (1.6, -0.1))):
        for step, x, y, z in gd2d(x0, y0, ops=ops):
            rows(demo, run, step, x, y, z)
axis = np.arange(-3.0, 3.0, 0.1)
X, Y = np.meshgrid(axis, axis)
Z = -(1 - (X**2 + Y**3)) * np.exp(-(X**2 + Y**2) / 2)
for j in range(0, len(axis), 3):
    for i in range(0, len(axis), 3):
        print(f"grid2d,,{i},{j},{X[j, i]!r},{Y[j, i]!r},{Z[j, i]!r}")

x_data, y_data = make_blobs(n_samples=100, centers=2, n_features=2, center_box=(-4, 4), random_state=0)
xs, ys = list(x_data.reshape(-1, 2, 1)), list((2 * y_data - 1).reshape(-1, 1, 1).astype(float))
for run, (w0, w1) in enumerate(((2., 2.), (2., 0.), (-2., 2.), (-2., -2.))):
    for step, a, b, c, loss in perceptron(w0, w1, xs, ys):
        if step % 4 == 0 or step == 400:
            rows("perceptron", run, step, a, b, c, loss)
weights = np.arange(-4.0, 4.0, 0.4)
for j, w1 in enumerate(weights):
    for i, w0 in enumerate(weights):
        loss, _, _ = perceptron_loss_and_grad(np.array([[w0, w1]]), np.zeros((1, 1)), xs, ys)
        print(f"landscape,,{i},{j},{float(w0)!r},{float(w1)!r},{float(loss)!r}")
