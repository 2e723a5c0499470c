"""Seed 003 (autograd demo: GD on a quadratic and a 2-D function, a tanh perceptron) as a script, headless.

Reconstructed from the flattened /work/shared/seeds/003_28586f5862f79d9d.txt (indentation restored). The
author's `autograd` package is replaced by the small stand-in next to this file (same calls). Each figure
is saved as SVG instead of plt.show()/pylab.show(). Usage: python3 seed003_autograd.py OUT_DIR
"""
import math
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import matplotlib  # noqa: E402
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

import autograd  # noqa: E402
from autograd.nn import Dataset, Linear  # noqa: E402
from autograd.optimizer import GD  # noqa: E402

OUT = sys.argv[1]
plt.rcParams["figure.figsize"] = (10, 10)


def gradient_test_f(x):
    return ((x - 3.)**(2./x) - 1) ** (x - 1.)


torch_x = torch.Tensor([10.])
torch_x.requires_grad = True
torch_time = time.time()
torch_y = gradient_test_f(torch_x)
torch_y.backward()
torch_time = time.time() - torch_time
torch_grad = torch_x.grad
autograd_x = autograd.Variable(10.)
autograd_time = time.time()
autograd_y = gradient_test_f(autograd_x)
autograd_y.backward()
autograd_time = time.time() - autograd_time
autograd_grad = autograd_x.grad
print(f"torch gradient {torch_grad.item():.5f} in {torch_time:.5f}s\n"
      f"autograd gradient: {autograd_grad.item():.5f} in {autograd_time:.5f}s")
if math.isclose(torch_grad, autograd_grad, abs_tol=1e-5):
    print("\nThe packages agree!")


def f(x):
    return (x-2)**2 + 4*x - 2


class QuadrFuncMod(autograd.Module):
    def __init__(self, init):
        super(QuadrFuncMod, self).__init__()
        self.x = autograd.Variable(init)

    def forward(self):
        return f(self.x)


def perform_gd(initializations, lrs, epochs=100):
    n_runs = len(initializations)
    print(f"Performing GD for {n_runs} runs with different initializations:")
    func_value_history = []
    x_value_history = []
    for run in range(n_runs):
        print(f"\nStarting run {run} with x_0={initializations[run]}")
        func_value_history.append([])
        x_value_history.append([])
        module = QuadrFuncMod(initializations[run])
        optim = GD(params=module.collect_parameters(), lr=lrs[run])
        for epoch in range(epochs):
            x_value_history[run].append(float(module.x.value.squeeze()))
            optim.zero_grad()
            func_value = module.forward()
            func_value.backward()
            optim.step()
            func_value_history[run].append(func_value.value.squeeze())
            if epoch % 25 == 0:
                print(f"epoch: {epoch} | x: {module.x.value.squeeze():.3f} | f(x): {func_value.value.squeeze():.3f}")
    return np.array(x_value_history), np.array(func_value_history)


x_value_history, func_value_history = perform_gd([-3, 4], [0.1, 0.8])
fig = plt.figure()
ax2 = fig.add_subplot(2, 2, 2)
x_range = np.arange(-4, 4, .1)
ax2.plot(x_range, f(x_range), label='f(x)', color='b')
ax2.plot(x_value_history[0], func_value_history[0], '-o', color='r', label='steps of GD 1')
ax2.plot(x_value_history[1], func_value_history[1], '-x', color='g', label='steps of GD 2')
plt.legend()
plt.title("GD trajectory")
plt.xlabel("x")
error = np.abs(x_value_history - 0)
ax1 = fig.add_subplot(2, 2, 1)
ax1.plot(error[0], color='r', lw=2, label='error of GD 1')
ax1.plot(error[1], color='g', lw=2, label='error of GD 2')
ax1.set_yscale('log')
plt.title('Evolution of error')
plt.xlabel('Iteration $i$')
plt.ylabel('$|x_i-x^*|$')
plt.legend()
plt.savefig(OUT + "/gd-1d-quadratic.svg")


def z_func(x, y):
    return -(1-(x**2+y**3))*np.exp(-(x**2+y**2)/2)


class MulVariableMod(autograd.Module):
    def __init__(self, init_x, init_y):
        super(MulVariableMod, self).__init__()
        self.x = autograd.Variable(init_x)
        self.y = autograd.Variable(init_y)
        self.exp = autograd.Exp()
        print(f"\nStarting initialization: x={self.x.value.squeeze()}, y={self.y.value.squeeze()}")
        self.params = self.collect_parameters()

    def forward(self):
        return -(1-(self.x**2+self.y**3))*self.exp(-(self.x**2+self.y**2)/2)


def perform_2d_gd(initializations, epochs=15):
    print(f"Performing GD for {len(initializations)} runs with different initializations:")
    func_value_history, x_value_history, y_value_history = [], [], []
    for run in range(len(initializations)):
        module = MulVariableMod(init_x=initializations[run][0], init_y=initializations[run][1])
        optim = GD(params=module.collect_parameters(), lr=0.3)
        func_value_history.append([])
        x_value_history.append([])
        y_value_history.append([])
        for epoch in range(epochs):
            x_value_history[run].append(float(module.x.value))
            y_value_history[run].append(float(module.y.value))
            optim.zero_grad()
            func_value = module.forward()
            func_value.backward()
            optim.step()
            func_value_history[run].append(func_value.value)
            if epoch % 5 == 0:
                print(f" epoch: {epoch} | x: {module.x.value.squeeze():.3f} | y: {module.y.value.squeeze():.3f}"
                      f" | f(x): {func_value.value.squeeze():.3f}")
    return np.array(x_value_history), np.array(y_value_history), np.array(func_value_history)


x_value_history, y_value_history, func_value_history = perform_2d_gd(
    [[0.5, 1.8], [-2, -2], [-2, 2], [1.6, -0.1]], epochs=15)
x = np.arange(-3.0, 3.0, 0.1)
y = np.arange(-3.0, 3.0, 0.1)
[X, Y] = np.meshgrid(x, y)
fig, ax = plt.subplots(1, 1)
ax.contourf(X, Y, z_func(X, Y))
ax.set_xlabel('x')
ax.set_ylabel('y')
for run in range(x_value_history.shape[0]):
    plt.plot(x_value_history[run], y_value_history[run], '->', color='r', label=f'GD run: {run}')
plt.title("GD trajectories for different initializations")
plt.legend()
plt.savefig(OUT + "/gd-2d-nonconvex.svg")

from sklearn.datasets import make_blobs  # noqa: E402
x_data, y_data = make_blobs(n_samples=100, centers=2, n_features=2, center_box=(-4, 4))
y_data = 2*y_data - 1
plt.figure(figsize=(5, 5))
plt.scatter(x_data[:, 0], x_data[:, 1], c=y_data, s=20, cmap='jet')
plt.title('Dataset')
plt.xlabel('$x_1$'), plt.ylabel('$x_2$')
plt.savefig(OUT + "/perceptron-dataset.svg")


class Perceptron(autograd.Module):
    def __init__(self, output_size, input_size):
        super(Perceptron, self).__init__()
        self.linear = Linear((output_size, input_size))
        self.acti = autograd.Tanh()

    def forward(self, _x):
        return self.acti(self.linear(_x))


def perform_gd_perceptron(dataset, weight_initializations):
    loss_hist, weight_hist, bias_hist = [], [], []
    for run in range(weight_initializations.shape[0]):
        print(f"\nTraining perceptron {run} with initialization w={weight_initializations[run]}")
        loss_hist.append([])
        weight_hist.append([])
        bias_hist.append([])
        perceptron = Perceptron(output_size=1, input_size=2)
        perceptron.linear.weight.value = weight_initializations[run].reshape(1, 2).copy()
        optimizer = GD(params=perceptron.collect_parameters(), lr=0.1)
        for epoch in range(400):
            weight_hist[run].append(perceptron.linear.weight.value.squeeze().copy().tolist())
            bias_hist[run].append(perceptron.linear.bias.value.squeeze().copy().tolist())
            optimizer.zero_grad()
            loss = perceptron.forward_dataset(dataset, mseloss)
            loss.backward()
            optimizer.step()
            loss_hist[run].append(float(loss.value.item()))
            if epoch % 100 == 0:
                print(f"epoch: {epoch} | loss:{loss.value.squeeze():.4f}")
    return np.array(weight_hist, dtype=object), np.array(bias_hist, dtype=object), np.array(loss_hist)


dataset = Dataset(x_data.reshape(-1, 2, 1), y_data.reshape(-1, 1, 1))
mseloss = autograd.MSELoss()
weight_initializations = np.array([[2., 2.], [2., 0.], [-2., 2.], [-2., -2.]], dtype=float)
weight_hist, bias_hist, loss_hist = perform_gd_perceptron(dataset, weight_initializations)
final_weights = weight_hist[:, -1, :]

fig = plt.figure()
ax1 = fig.add_subplot(2, 2, 1)
x_range = np.arange(min(x_data[:, 0]), max(x_data[:, 0]))
ax1.scatter(x_data[:, 0], x_data[:, 1], c=y_data, s=20, cmap='jet')
for i, w in enumerate(final_weights):
    ax1.plot(x_range, -(w[0]/w[1])*x_range - bias_hist[i, -1]/w[1], label=f'run {i}')
plt.title('Decision Boundary')
plt.xlabel('$x_1$')
plt.ylabel('$x_2$')
plt.legend()
ax2 = fig.add_subplot(2, 2, 2)
for i, loss in enumerate(loss_hist):
    ax2.plot(loss, label=f'run {i}')
plt.title('MSE loss history')
plt.legend()
plt.xlabel('iterations')
plt.yscale('log')
plt.savefig(OUT + "/perceptron-decision-boundaries.svg")


def weight_to_loss(w0s, w1s):
    perceptron = Perceptron(output_size=1, input_size=2)
    Z = np.zeros(w0s.shape)
    for i in range(w0s.shape[0]):
        for j in range(w0s.shape[1]):
            perceptron.linear.weight.value[0, 0] = w0s[i, j]
            perceptron.linear.weight.value[0, 1] = w1s[i, j]
            Z[i, j] = perceptron.forward_dataset(dataset, mseloss).value.squeeze()
    return Z


x = np.arange(-4.0, 4.0, 0.4)
y = np.arange(-4.0, 4.0, 0.4)
[X, Y] = np.meshgrid(x, y)
Z = weight_to_loss(X, Y)
fig, ax = plt.subplots(1, 1)
ax.contourf(X, Y, Z)
for i, w in enumerate(weight_hist):
    ax.plot(w[:, 0], w[:, 1], '->', color='r', label=f'GD run: {i}')
ax.set_xlabel('$w_0$')
ax.set_ylabel('$w_1$')
plt.title("Loss vs Weights $w_1, w_2$ of Perceptron")
plt.legend()
plt.savefig(OUT + "/perceptron-weight-landscape.svg")
